package jp.sapporo.vaccinepass.db.proof;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The beans of this package: {@code @Import(ProofCodeConfiguration.class)}. Keys come
 * from {@code vaccinepass.proof-code.*} ({@link ProofCodeProperties}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProofCodeProperties.class)
public class ProofCodeConfiguration {

	@Bean
	ProofCodeKeys proofCodeKeys(ProofCodeProperties properties) {
		return ProofCodeKeys.from(properties);
	}

	@Bean
	ProofCodeSigner proofCodeSigner(ProofCodeKeys keys) {
		return new ProofCodeSigner(keys);
	}

	@Bean
	ProofCodeVerifier proofCodeVerifier(ProofCodeKeys keys, JdbcClient jdbc, Clock clock,
			ProofCodeProperties properties) {
		return new ProofCodeVerifier(keys, jdbc, clock, properties.clockSkew());
	}

}
