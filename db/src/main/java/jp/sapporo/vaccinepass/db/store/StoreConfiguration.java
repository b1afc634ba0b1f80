package jp.sapporo.vaccinepass.db.store;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The beans of this package. An app imports it:
 * {@code @Import(StoreConfiguration.class)}. It needs a {@link JdbcClient} and a
 * {@link Clock} (both given by the platform); a {@link StoreMailer} bean, when there is
 * one, also e-mails each decision. The merchant portal's address for links in notices is
 * {@code vaccinepass.store.merchant-portal-url}.
 */
@Configuration(proxyBeanMethods = false)
public class StoreConfiguration {

	@Bean
	StoreRecords storeRecords(JdbcClient jdbc, Clock clock) {
		return new StoreRecords(jdbc, clock, new PosterTokens());
	}

	@Bean
	StoreNotifications storeNotifications(JdbcClient jdbc, Clock clock, ObjectProvider<StoreMailer> mailer) {
		return new StoreNotifications(jdbc, clock, mailer);
	}

	@Bean
	StoreReview storeReview(StoreRecords records, StoreNotifications notifications,
			@Value("${vaccinepass.store.merchant-portal-url:http://localhost:8081}") String portalUrl) {
		return new StoreReview(records, notifications, portalUrl);
	}

	@Bean
	MerchantStores merchantStores(StoreRecords records) {
		return new MerchantStores(records);
	}

	@Bean
	Posters posters(StoreRecords records) {
		return new Posters(records);
	}

}
