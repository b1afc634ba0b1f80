package jp.sapporo.vaccinepass.merchant;

import java.nio.file.Path;
import java.util.List;

import jp.sapporo.vaccinepass.test.TranslationCheck;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page of the app is translated into each of its languages. */
class TranslationTests {

	private final TranslationCheck check = new TranslationCheck(Path.of("src/main/resources"), List.of("en"),
			"messages/app");

	@Test
	void everyMessageExistsInEveryLanguage() {
		assertThat(this.check.missingTranslations()).isEmpty();
	}

	@Test
	void everyMessageATemplateNamesIsDefined() {
		assertThat(this.check
			.undefinedKeys(TranslationCheck.keysOf(Path.of("../platform-web/src/main/resources/messages/platform"))))
			.isEmpty();
	}

	@Test
	void templatesHoldNoUntranslatedText() {
		assertThat(this.check.literalText()).isEmpty();
	}

}
