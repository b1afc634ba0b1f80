package jp.sapporo.vaccinepass.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings every web app reads.
 *
 * @param app a short id of the app ({@code merchant}, {@code resident},
 * {@code verifier}), used for its messages and audit rows
 * @param languages the languages offered, the first is the default
 * @param fixedTime a fixed instant for the clock (demo or tests), or none for the real
 * time
 */
@ConfigurationProperties("vaccinepass.web")
public record PlatformWebProperties(@DefaultValue("app") String app, @DefaultValue( {
		"ja", "en" }) List<String> languages, Instant fixedTime){

	public Locale defaultLocale() {
		return Locale.forLanguageTag(this.languages.get(0));
	}

	public List<Locale> locales() {
		return this.languages.stream().map(Locale::forLanguageTag).toList();
	}

}
