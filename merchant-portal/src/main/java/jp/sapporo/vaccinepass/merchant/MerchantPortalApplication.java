package jp.sapporo.vaccinepass.merchant;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Sapporo Vaccine Pass — Merchant portal. */
@SpringBootApplication
public class MerchantPortalApplication {

	public static void main(String[] args) {
		SpringApplication.run(MerchantPortalApplication.class, args);
	}

}
