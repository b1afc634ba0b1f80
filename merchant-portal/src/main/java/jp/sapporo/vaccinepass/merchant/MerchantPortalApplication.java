package jp.sapporo.vaccinepass.merchant;

import jp.sapporo.vaccinepass.db.store.StoreConfiguration;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;

/** Sapporo Vaccine Pass — Merchant portal. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Import(StoreConfiguration.class)
public class MerchantPortalApplication {

	public static void main(String[] args) {
		SpringApplication.run(MerchantPortalApplication.class, args);
	}

}
