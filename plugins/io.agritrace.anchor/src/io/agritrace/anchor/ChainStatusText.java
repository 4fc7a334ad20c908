package io.agritrace.anchor;

import java.util.List;
import java.util.Locale;

import io.agritrace.anchor.internal.Texts;
import io.agritrace.chain.ChainStatus;
import io.agritrace.core.text.Message;

/**
 * A chain node's state in the language asked for, in the three lengths the
 * programs show: the workbench's status bar, its tool tip, and one line for
 * the command line and for the reason a connection is refused.
 */
public final class ChainStatusText {

	private ChainStatusText() {
	}

	/** Short, for the status bar: "Chain ID 31337: block 812". */
	public static String summary(ChainStatus status, Locale language) {
		return switch (status) {
		case ChainStatus.Connected c -> Texts.ChainStatus_connected.text(language, c.chainId(), c.blockNumber());
		case ChainStatus.WrongChain w -> Texts.ChainStatus_wrongChain.text(language);
		case ChainStatus.NotConnected n -> Texts.ChainStatus_notConnected.text(language);
		};
	}

	/** The widest summaries there are (an 8-digit chain id, a 9-digit block), to make room for them. */
	public static List<String> widestSummaries(Locale language) {
		return List.of(Texts.ChainStatus_wrongChain.text(language), Texts.ChainStatus_notConnected.text(language),
				Texts.ChainStatus_connected.text(language, "99999999", "999999999")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** One line: the node, its chain, block, peers and QBFT validators, or why it is not usable. */
	public static String line(ChainStatus status, Locale language) {
		return lineOf(status).text(language);
	}

	/** {@link #line} as a code with its arguments: why a connection is refused. */
	static Message lineOf(ChainStatus status) {
		return switch (status) {
		case ChainStatus.Connected c -> Texts.ChainStatus_connectedLine.with(c.rpcUrl(), String.valueOf(c.chainId()),
				c.blockNumber().toString(), peers(c),
				c.validators().isEmpty() ? "-" : String.join(",", c.validators())); //$NON-NLS-1$ //$NON-NLS-2$
		case ChainStatus.WrongChain w -> Texts.ChainStatus_wrongChainLine.with(w.rpcUrl(), String.valueOf(w.chainId()),
				String.valueOf(w.expectedChainId()));
		case ChainStatus.NotConnected n -> Texts.ChainStatus_notConnectedLine.with(n.rpcUrl(), n.reason());
		};
	}

	/** Everything known, over several lines (a tool tip): a connected node's QBFT validators one a line. */
	public static String details(ChainStatus status, Locale language) {
		return switch (status) {
		case ChainStatus.Connected c -> Texts.ChainStatus_connectedDetails.text(language, c.rpcUrl(),
				String.valueOf(c.chainId()), c.blockNumber().toString(), peers(c),
				c.validators().isEmpty() ? Texts.ChainStatus_noValidators.text(language)
						: String.join("\n  ", c.validators())); //$NON-NLS-1$
		case ChainStatus.WrongChain w -> line(w, language);
		case ChainStatus.NotConnected n -> line(n, language);
		};
	}

	private static String peers(ChainStatus.Connected c) {
		return c.peers().isPresent() ? String.valueOf(c.peers().getAsInt()) : "-"; //$NON-NLS-1$
	}
}
