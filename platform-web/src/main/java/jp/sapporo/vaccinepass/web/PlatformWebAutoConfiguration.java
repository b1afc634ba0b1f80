package jp.sapporo.vaccinepass.web;

import java.time.Clock;
import java.time.ZoneId;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.DispatcherType;

import jp.sapporo.vaccinepass.web.login.LoginConfiguration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;

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

	/**
	 * The folders of {@code classpath:/static/} served at {@code /css/**} and
	 * {@code /js/**}.
	 */
	static final List<String> STATIC_FOLDERS = List.of("css", "js");

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

	/**
	 * The apps' static files: stylesheets and scripts, nothing else. Pages link them by a
	 * hash of their content ({@code /css/platform-<md5>.css}), so browsers keep them for
	 * a year and a changed file gets a new address at once. Only these two folders are
	 * mapped (Spring Boot's {@code /**} mapping is off): the link of every page is
	 * checked against the static mappings, and a {@code /**} mapping would look each one
	 * up on the class path.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : STATIC_FOLDERS) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		}
	}

	/**
	 * Writes the content-hashed address of a static file into every link to it, on pages
	 * and on error pages.
	 * @return the filter's registration
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

}
