package jp.sapporo.vaccinepass.web;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import jp.sapporo.vaccinepass.test.TranslationCheck;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared layout, login and error pages exist in Japanese, English and Chinese. */
class PlatformTranslationTests {

	private final TranslationCheck check = new TranslationCheck(Path.of("src/main/resources"), List.of("en", "zh"),
			"messages/platform");

	@Test
	void everyMessageExistsInEveryLanguage() {
		assertThat(this.check.missingTranslations()).isEmpty();
	}

	@Test
	void everyMessageATemplateNamesIsDefined() {
		// app.name and the navigation come from each app's own messages
		assertThat(this.check.undefinedKeys(Set.of("app.name"))).isEmpty();
	}

	@Test
	void templatesHoldNoUntranslatedText() {
		assertThat(this.check.literalText()).isEmpty();
	}

}
