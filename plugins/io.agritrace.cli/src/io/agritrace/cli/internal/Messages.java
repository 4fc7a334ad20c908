package io.agritrace.cli.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the command line; Simplified Chinese in messages_zh.properties. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.agritrace.cli.internal.messages"; //$NON-NLS-1$

	public static String Cli_failed;
	public static String Cli_noArguments;
	public static String Cli_unknownCommand;
	public static String Cli_usage;
	public static String List_summary;
	public static String Version_summary;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
