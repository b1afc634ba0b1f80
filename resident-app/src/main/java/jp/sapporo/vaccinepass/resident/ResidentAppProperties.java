package jp.sapporo.vaccinepass.resident;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the resident app.
 *
 * @param programme the programme a poster scan is judged by
 * @param proofLifetime how long a one-time proof stays valid after the scan
 * @param scanLogRetention how long scans are kept (then deleted by the retention job)
 * @param tokenLifetime how long an e-mail verification or password reset link works
 * @param tapWindow a second scan of the same store by the same session within this time
 * is a double tap: it opens the proof already made (shorter than the proof lifetime)
 */
@ConfigurationProperties("vaccinepass.resident")
public record ResidentAppProperties(@DefaultValue("sapporo-passcode-2021") String programme,
		@DefaultValue("10m") Duration proofLifetime, @DefaultValue("31d") Duration scanLogRetention,
		@DefaultValue("24h") Duration tokenLifetime, @DefaultValue("30s") Duration tapWindow) {

	public ResidentAppProperties {
		if (proofLifetime.isNegative() || proofLifetime.isZero()) {
			throw new IllegalArgumentException("proof-lifetime must be positive");
		}
		if (tapWindow.isNegative() || tapWindow.compareTo(proofLifetime) >= 0) {
			throw new IllegalArgumentException("tap-window must be shorter than proof-lifetime");
		}
	}

}
