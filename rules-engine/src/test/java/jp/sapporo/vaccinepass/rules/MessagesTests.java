package jp.sapporo.vaccinepass.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every code the engine can emit has a message in Japanese, English and Chinese, and the
 * three files have the same keys.
 */
class MessagesTests {

	private static Properties load(String suffix) throws IOException {
		Properties properties = new Properties();
		String name = "/jp/sapporo/vaccinepass/rules/messages" + suffix + ".properties";
		try (InputStream in = MessagesTests.class.getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	private static List<String> requiredKeys() {
		List<String> keys = new ArrayList<>();
		for (ReasonCode code : ReasonCode.values()) {
			keys.add("ReasonCode." + code.name());
		}
		for (Guidance guidance : Guidance.values()) {
			keys.add("Guidance." + guidance.name());
		}
		for (String code : InvalidRequestException.CODES) {
			keys.add("error." + code);
		}
		for (CertificateItem item : CertificateItem.values()) {
			keys.add("CertificateItem." + item.name());
		}
		for (TestMethod method : TestMethod.values()) {
			keys.add("TestMethod." + method.name());
		}
		for (Presentation presentation : Presentation.values()) {
			keys.add("Presentation." + presentation.name());
		}
		return keys;
	}

	@ParameterizedTest(name = "messages{0}.properties")
	@ValueSource(strings = { "", "_en", "_zh" })
	void everyReasonGuidanceAndErrorCodeHasAMessage(String suffix) throws IOException {
		Properties messages = load(suffix);
		assertThat(messages.stringPropertyNames()).containsAll(requiredKeys());
		assertThat(messages.values()).allSatisfy((text) -> assertThat(text.toString()).isNotBlank());
	}

	@Test
	void theThreeLanguagesHaveTheSameKeys() throws IOException {
		Properties ja = load("");
		assertThat(load("_en").stringPropertyNames()).isEqualTo(ja.stringPropertyNames());
		assertThat(load("_zh").stringPropertyNames()).isEqualTo(ja.stringPropertyNames());
	}

	@Test
	void theJapaneseAndChineseFilesAreReallyInThoseLanguages() throws IOException {
		assertThat(load("").getProperty("Guidance.NO_LATE_SUBMISSION")).isEqualTo("後日の提出は認められません。");
		assertThat(load("_zh").getProperty("Guidance.NO_LATE_SUBMISSION")).isEqualTo("不接受事后补交材料。");
	}

	@Test
	void messagesAreFormattedInEachLanguageAndJapaneseIsTheDefault() {
		Reason reason = Reason.of(ReasonCode.SECOND_DOSE_WAIT_NOT_MET, 2, Fixtures.date("2021-12-01"), 14,
				Fixtures.date("2021-12-15"));
		assertThat(reason.message(Locale.ENGLISH))
			.isEqualTo("14 days have not passed since dose 2 on 2021-12-01: eligible from 2021-12-15.");
		assertThat(reason.message(Locale.JAPANESE)).isEqualTo("2回目の接種（2021-12-01）から14日が経過していません（2021-12-15から対象）。");
		assertThat(reason.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("第2剂（2021-12-01）接种后未满14天，自2021-12-15起符合条件。");
		assertThat(reason.message(Locale.FRENCH)).isEqualTo(reason.message(Locale.JAPANESE));
		assertThat(reason.message(null)).isEqualTo(reason.message(Locale.JAPANESE));
		assertThat(Guidance.OFFER_ANTIGEN_TEST.message(Locale.ENGLISH))
			.isEqualTo("Point to a qualitative antigen test on site or nearby.");
	}

	@Test
	void enumArgumentsAreShownInTheCallersLanguage() {
		Reason reason = Reason.of(ReasonCode.TEST_CERTIFICATE_ITEM_MISSING, 1, CertificateItem.SUPERVISOR);
		assertThat(reason.message(Locale.ENGLISH)).isEqualTo("Test 1: the notice does not state the supervisor name.");
		assertThat(reason.message(Locale.JAPANESE)).isEqualTo("検査結果1：「検査管理者氏名」の記載がありません。");
	}

	@Test
	void everyReasonTheEngineEmitsHasAFormattableMessage() {
		for (ReasonCode code : ReasonCode.values()) {
			Reason reason = new Reason(code, List.of(1, "2022-01-01", 14, "2022-01-15"));
			for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH, Locale.CHINESE)) {
				assertThat(reason.message(locale)).as(code + " " + locale).doesNotContain("{").isNotBlank();
			}
		}
	}

}
