package jp.sapporo.vaccinepass.db.resident;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The beans of this package. An app imports it:
 * {@code @Import(ResidentRecordsConfiguration.class)}. It needs a {@link JdbcClient} and
 * a {@link Clock} (both given by the platform); a {@link ResidentMailer} bean, when there
 * is one, also sends each notice by e-mail.
 */
@Configuration(proxyBeanMethods = false)
public class ResidentRecordsConfiguration {

	@Bean
	ResidentNotifications residentNotifications(JdbcClient jdbc, Clock clock, ObjectProvider<ResidentMailer> mailer) {
		return new ResidentNotifications(jdbc, clock, mailer);
	}

	@Bean
	VaccinationRecordReview vaccinationRecordReview(JdbcClient jdbc, Clock clock, ResidentNotifications notifications) {
		return new VaccinationRecordReview(jdbc, clock, notifications);
	}

	@Bean
	ResidentDocuments residentDocuments(JdbcClient jdbc) {
		return new ResidentDocuments(jdbc);
	}

}
