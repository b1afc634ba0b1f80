package jp.sapporo.vaccinepass.resident;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Sapporo Vaccine Pass. */
@SpringBootApplication
public class ResidentAppApplication {

	public static void main(String[] args) {
		SpringApplication.run(ResidentAppApplication.class, args);
	}

}
