package io.agritrace.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.agritrace.core.model.DisplayLanguage;
import io.agritrace.core.rules.RuleTexts;

/** A message keeps its code and arguments and is rendered in whichever language is asked. */
class MessageTest {

	private static final Message NOT_HOLDER = RuleTexts.Rule_notHolder.with("farm", "lot 7", "coop");

	@Test
	void rendersInTheLanguageAskedNotTheProcesssOwn() {
		Locale before = Locale.getDefault();
		try {
			Locale.setDefault(Locale.GERMAN);
			assertEquals("Shipper: farm cannot ship lot 7: it is held by coop.", NOT_HOLDER.text(Locale.ENGLISH));
			assertEquals("\u53d1\u51fa\u65b9\uff1afarm \u4e0d\u80fd\u53d1\u8fd0 lot 7\uff0c"
					+ "\u5176\u5f53\u524d\u6301\u6709\u65b9\u662f coop\u3002",
					NOT_HOLDER.text(Locale.SIMPLIFIED_CHINESE)); // 发出方：farm 不能发运 lot 7，其当前持有方是 coop。
			assertEquals(NOT_HOLDER.text(Locale.SIMPLIFIED_CHINESE), NOT_HOLDER.text(Locale.TRADITIONAL_CHINESE),
					"Chinese is Simplified Chinese");
			assertEquals(NOT_HOLDER.text(Locale.ENGLISH), NOT_HOLDER.text(Locale.FRENCH), "English for other languages");
		} finally {
			Locale.setDefault(before);
		}
	}

	@Test
	void keepsItsCodeAndItsArguments() {
		assertEquals("Rule_notHolder", NOT_HOLDER.code());
		assertEquals(List.of("farm", "lot 7", "coop"), NOT_HOLDER.arguments(Locale.ENGLISH));
		assertEquals(NOT_HOLDER.text(Locale.ENGLISH), NOT_HOLDER.toString());
	}

	@Test
	void aLocalizedArgumentIsRenderedInTheSameLanguage() {
		Localized place = language -> DisplayLanguage.pick(language, "\u51b7\u5e93", "the cold store"); // 冷库
		Message message = RuleTexts.Rule_unknownLocation.with(place);

		assertEquals("Location: the cold store is not a registered location.", message.text(Locale.ENGLISH));
		assertEquals(List.of("\u51b7\u5e93"), message.arguments(Locale.SIMPLIFIED_CHINESE));
		assertEquals("Location: null is not a registered location.", RuleTexts.Rule_unknownLocation.with((Object) null)
				.text(Locale.ENGLISH), "a null argument reads as NLS binds it");
	}
}
