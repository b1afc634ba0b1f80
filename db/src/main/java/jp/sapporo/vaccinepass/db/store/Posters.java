package jp.sapporo.vaccinepass.db.store;

import java.util.Optional;

import org.springframework.transaction.annotation.Transactional;

/**
 * Poster look-ups anyone may make: by the token in a scanned QR (one index hit on the
 * unique token), and the working poster of a store.
 */
public class Posters {

	private final StoreRecords records;

	Posters(StoreRecords records) {
		this.records = records;
	}

	/**
	 * The poster with this token, in any state.
	 * @param token the token from {@code /s/{token}}
	 * @return the poster, or empty
	 */
	@Transactional(readOnly = true)
	public Optional<PosterRecord> byToken(String token) {
		if (token == null || token.isEmpty() || token.length() > 43) {
			return Optional.empty();
		}
		return this.records.posterByToken(token);
	}

	/**
	 * A store's working poster.
	 * @param storeId the store
	 * @return the poster, or empty when it has none (not approved yet, or withdrawn)
	 */
	@Transactional(readOnly = true)
	public Optional<PosterRecord> active(long storeId) {
		return this.records.activePoster(storeId);
	}

}
