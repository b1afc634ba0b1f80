package jp.sapporo.vaccinepass.db.resident;

import java.time.Clock;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The beans of this package. An app imports it:
 * {@code @Import(ResidentRecordsConfiguration.class)}. It needs a {@link JdbcClient} and
 * a {@link Clock} (both given by the platform); a {@link ResidentMailer} bean, when there
 * is one, also sends each notice by e-mail. Images are encrypted at rest with the keys
 * described in {@link DocumentKeys}.
 */
@Configuration(proxyBeanMethods = false)
public class ResidentRecordsConfiguration {

	private static final Log log = LogFactory.getLog(ResidentRecordsConfiguration.class);

	@Bean
	ResidentNotifications residentNotifications(JdbcClient jdbc, Clock clock, ObjectProvider<ResidentMailer> mailer) {
		return new ResidentNotifications(jdbc, clock, mailer);
	}

	@Bean
	VaccinationRecordReview vaccinationRecordReview(JdbcClient jdbc, Clock clock, ResidentNotifications notifications) {
		return new VaccinationRecordReview(jdbc, clock, notifications);
	}

	@Bean
	DocumentCipher documentCipher(Environment environment) {
		return DocumentKeys.cipher(environment);
	}

	@Bean
	ResidentDocuments residentDocuments(JdbcClient jdbc, DocumentCipher documentCipher, Clock clock) {
		return new ResidentDocuments(jdbc, documentCipher, clock);
	}

	/**
	 * Rows stored in clear (before encryption at rest, or by the demo data's SQL) are
	 * encrypted once the schema is up. With
	 * {@code vaccinepass.documents.reencrypt-on-start=true} rows under an older key are
	 * re-encrypted with the active one too (after a rotation; see docs/security.md).
	 */
	@Bean
	ApplicationRunner encryptPlaintextDocuments(ResidentDocuments documents, Environment environment) {
		return (args) -> {
			int encrypted = documents.encryptPlaintextRows();
			if (encrypted > 0) {
				log.info("Encrypted " + encrypted + " stored images that were in clear");
			}
			if (environment.getProperty(DocumentKeys.PREFIX + "reencrypt-on-start", Boolean.class, false)) {
				log.info("Re-encrypted " + documents.reencryptWithActiveKey() + " stored images with the active key");
			}
		};
	}

}
