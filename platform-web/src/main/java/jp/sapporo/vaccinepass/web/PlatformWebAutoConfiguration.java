package jp.sapporo.vaccinepass.web;

import java.time.Clock;
import java.time.ZoneId;
import java.time.Duration;

import jp.sapporo.vaccinepass.web.login.LoginConfiguration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The shared parts of the web apps, switched on by having this module on the class path.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@EnableConfigurationProperties(PlatformWebProperties.class)
@Import({ LoginController.class, PlatformSecurity.class, LayoutModelAdvice.class, SessionConfiguration.class,
		LoginConfiguration.class })
public class PlatformWebAutoConfiguration implements WebMvcConfigurer {

	/** All dates and times of the platform are Japan time. */
	public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	@Bean
	@ConditionalOnMissingBean
	Clock clock(PlatformWebProperties properties) {
		return (properties.fixedTime() != null) ? Clock.fixed(properties.fixedTime(), JAPAN) : Clock.system(JAPAN);
	}

	/** The chosen language sticks in a cookie; Japanese unless the user picks another. */
	@Bean
	LocaleResolver localeResolver(PlatformWebProperties properties) {
		CookieLocaleResolver resolver = new SupportedLocaleResolver(properties.locales());
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

}
