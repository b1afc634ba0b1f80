package jp.sapporo.vaccinepass.web;

import java.util.HashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/** A session is read once per request, and not remembered beyond it. */
class SessionReadOnceTests {

	/** A session store that counts its reads. */
	static class CountingSessions extends MapSessionRepository {

		final AtomicInteger reads = new AtomicInteger();

		CountingSessions() {
			super(new HashMap<>());
		}

		@Override
		public MapSession findById(String id) {
			this.reads.incrementAndGet();
			return super.findById(id);
		}

	}

	private final CountingSessions store = new CountingSessions();

	private final MapSessionRepository sessions = (MapSessionRepository) SessionReadOnce.wrap(this.store);

	private void duringARequest(FilterChain chain) throws Exception {
		new SessionReadOnce.Scope().doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), chain);
	}

	@Test
	void withinARequestASessionIsReadOnceAndTheSameObjectIsGivenAgain() throws Exception {
		MapSession session = this.sessions.createSession();
		this.sessions.save(session);
		duringARequest((request, response) -> {
			MapSession first = this.sessions.findById(session.getId());
			MapSession second = this.sessions.findById(session.getId());
			assertThat(first).isNotNull();
			assertThat(second).isSameAs(first);
		});
		assertThat(this.store.reads).hasValue(1);
	}

	@Test
	void theNextRequestAndCallsOutsideARequestReadTheStoreAgain() throws Exception {
		MapSession session = this.sessions.createSession();
		this.sessions.save(session);
		duringARequest((request, response) -> this.sessions.findById(session.getId()));
		duringARequest((request, response) -> this.sessions.findById(session.getId()));
		this.sessions.findById(session.getId());
		this.sessions.findById(session.getId());
		assertThat(this.store.reads).hasValue(4);
	}

	@Test
	void aSessionWhoseIdChangedOrThatWasDeletedIsNotGivenUnderItsOldId() throws Exception {
		MapSession session = this.sessions.createSession();
		this.sessions.save(session);
		String old = session.getId();
		duringARequest((request, response) -> {
			MapSession read = this.sessions.findById(old);
			read.changeSessionId();
			this.sessions.save(read);
			assertThat(this.sessions.findById(old)).isNull();
			assertThat(this.sessions.findById(read.getId())).isNotNull();
			this.sessions.deleteById(read.getId());
			assertThat(this.sessions.findById(read.getId())).isNull();
		});
	}

}
