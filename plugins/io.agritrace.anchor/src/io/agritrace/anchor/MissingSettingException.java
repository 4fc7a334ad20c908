package io.agritrace.anchor;

/**
 * A connection cannot be made because a setting or a secret is missing or
 * wrong; {@link #setting()} says which, so that a program can say where to
 * give it (the CLI: which option or environment variable).
 */
public final class MissingSettingException extends IllegalArgumentException {

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

	MissingSettingException(Setting setting, String message) {
		super(message);
		this.setting = setting;
	}

	public Setting setting() {
		return setting;
	}
}
