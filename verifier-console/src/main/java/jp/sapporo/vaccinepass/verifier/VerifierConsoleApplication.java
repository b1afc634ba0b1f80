package jp.sapporo.vaccinepass.verifier;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Verifier console (travel agents and city staff). */
@SpringBootApplication
public class VerifierConsoleApplication {

	public static void main(String[] args) {
		SpringApplication.run(VerifierConsoleApplication.class, args);
	}

}
