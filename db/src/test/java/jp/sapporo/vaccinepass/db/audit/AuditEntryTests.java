package jp.sapporo.vaccinepass.db.audit;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class AuditEntryTests {

	@Test
	void detailsAreWrittenAsAJsonObjectWithKeysInOrderAndTextEscaped() {
		String json = AuditLog.json(Map.of("residents", 3, "note", "say \"hi\"\\\nnext", "emailed", true));
		assertThat(json).isEqualTo("{\"emailed\":true,\"note\":\"say \\\"hi\\\"\\\\\\u000anext\",\"residents\":3}");
	}

	@Test
	void noDetailsIsAnEmptyObject() {
		assertThat(AuditLog.json(Map.of())).isEqualTo("{}");
	}

	@Test
	void anEntryIsBuiltUpWithoutLosingWhatItAlreadySays() {
		AuditEntry entry = AuditEntry.staff(7, "staff@example.jp", "CLUSTER_RESIDENTS_VIEWED")
			.on("CLUSTER_CASE", 12L)
			.forCase("SAP-1", "contact tracing")
			.with(Map.of("residents", 2));
		assertThat(entry.actorKind()).isEqualTo("STAFF");
		assertThat(entry.actorId()).isEqualTo(7L);
		assertThat(entry.targetKind()).isEqualTo("CLUSTER_CASE");
		assertThat(entry.targetId()).isEqualTo("12");
		assertThat(entry.caseNumber()).isEqualTo("SAP-1");
		assertThat(entry.reason()).isEqualTo("contact tracing");
		assertThat(entry.details()).containsEntry("residents", 2);
	}

	@Test
	void anEntryNeedsAnActorKindAndAnAction() {
		assertThatNullPointerException()
			.isThrownBy(() -> new AuditEntry("STAFF", 1L, null, null, null, null, null, null, null));
	}

}
