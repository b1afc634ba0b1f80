package jp.sapporo.vaccinepass.resident;

import jp.sapporo.vaccinepass.db.proof.ProofCodeConfiguration;
import jp.sapporo.vaccinepass.db.resident.ResidentRecordsConfiguration;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Sapporo Vaccine Pass. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Import({ ResidentRecordsConfiguration.class, ProofCodeConfiguration.class })
public class ResidentAppApplication {

	public static void main(String[] args) {
		SpringApplication.run(ResidentAppApplication.class, args);
	}

}
