package jp.sapporo.vaccinepass.merchant.poster;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One renderer for the app: the font is read once. */
@Configuration(proxyBeanMethods = false)
class PosterConfiguration {

	@Bean
	PosterRenderer posterRenderer() {
		return new PosterRenderer();
	}

}
