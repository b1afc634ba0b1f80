package jp.sapporo.vaccinepass.web;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The language switch's items, made once per page language by {@link LayoutModelAdvice}.
 */
class LanguageSwitchTests {

	private static final List<Locale> LANGUAGES = List.of(Locale.JAPANESE, Locale.ENGLISH, Locale.CHINESE);

	@Test
	void eachLanguageIsNamedInItsOwnLanguageAndOnlyThePagesOwnIsMarkedCurrent() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("layout.language.zh", Locale.CHINESE, "简体中文");

		String chinesePage = LayoutModelAdvice.switchItems(LANGUAGES, Locale.CHINESE, messages);

		assertThat(chinesePage).isEqualTo("<li><a href=\"?lang=ja\" hreflang=\"ja\" lang=\"ja\">日本語</a></li>"
				+ "<li><a href=\"?lang=en\" hreflang=\"en\" lang=\"en\">English</a></li>"
				+ "<li><a href=\"?lang=zh\" hreflang=\"zh\" lang=\"zh\" aria-current=\"true\">简体中文</a></li>");
	}

	@Test
	void aLanguageNameIsEscaped() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("layout.language.en", Locale.ENGLISH, "<b>English</b> & co");

		String items = LayoutModelAdvice.switchItems(List.of(Locale.ENGLISH), Locale.JAPANESE, messages);

		assertThat(items).isEqualTo("<li><a href=\"?lang=en\" hreflang=\"en\" lang=\"en\">"
				+ "&lt;b&gt;English&lt;/b&gt; &amp; co</a></li>");
	}

}
