package io.agritrace.anchor;

import java.util.Locale;

import io.agritrace.core.text.Localized;
import io.agritrace.core.text.Message;

/**
 * A connection cannot be made because a setting or a secret is missing or
 * wrong; {@link #setting()} says which, so that a program can say where to
 * give it (the CLI: which option or environment variable).
 */
public final class MissingSettingException extends IllegalArgumentException implements Localized {

	private static final long serialVersionUID = 1L;

	/** What is missing. */
	public enum Setting {
		/** The registry contract's address. */
		CONTRACT,
		/** The signing keystore file. */
		KEYSTORE,
		/** The signing keystore's password. */
		KEYSTORE_PASSWORD,
		/** The recorder's raw key, or it is not a key. */
		RECORDER_KEY,
		/** The regulator's raw key, or it is not a key. */
		REGULATOR_KEY,
		/** The node's settings (RPC URL, receipt poll, gas price) do not make an endpoint. */
		ENDPOINT
	}

	private final Setting setting;
	private final transient Message explained;

	/** What is wrong in another library's words (a key that is no key, an endpoint that is none). */
	MissingSettingException(Setting setting, String message) {
		super(message);
		this.setting = setting;
		this.explained = null;
	}

	/** What is missing, in our words: {@link #getMessage()} is the text in English, for logs. */
	MissingSettingException(Setting setting, Message explained) {
		super(explained.text(Locale.ENGLISH));
		this.setting = setting;
		this.explained = explained;
	}

	public Setting setting() {
		return setting;
	}

	/** What is missing or wrong, in the language asked for. */
	@Override
	public String text(Locale language) {
		return explained == null ? getMessage() : explained.text(language);
	}
}
