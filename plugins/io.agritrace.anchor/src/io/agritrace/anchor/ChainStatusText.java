package io.agritrace.anchor;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.agritrace.anchor.internal.Messages;
import io.agritrace.chain.ChainStatus;

/**
 * A chain node's state in the user's language, in the three lengths the
 * programs show: the workbench's status bar, its tool tip, and one line for
 * the command line and for the reason a connection is refused.
 */
public final class ChainStatusText {

	private ChainStatusText() {
	}

	/** Short, for the status bar: "Chain 31337: block 812". */
	public static String summary(ChainStatus status) {
		return switch (status) {
		case ChainStatus.Connected c -> NLS.bind(Messages.ChainStatus_connected, c.chainId(), c.blockNumber());
		case ChainStatus.WrongChain w -> Messages.ChainStatus_wrongChain;
		case ChainStatus.NotConnected n -> Messages.ChainStatus_notConnected;
		};
	}

	/** The widest summaries there are (an 8-digit chain id, a 9-digit block), to make room for them. */
	public static List<String> widestSummaries() {
		return List.of(Messages.ChainStatus_wrongChain, Messages.ChainStatus_notConnected,
				NLS.bind(Messages.ChainStatus_connected, "99999999", "999999999")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** One line: the node, its chain, block, peers and QBFT validators, or why it is not usable. */
	public static String line(ChainStatus status) {
		return switch (status) {
		case ChainStatus.Connected c -> NLS.bind(Messages.ChainStatus_connectedLine, new Object[] { c.rpcUrl(),
				String.valueOf(c.chainId()), c.blockNumber().toString(), peers(c),
				c.validators().isEmpty() ? "-" : String.join(",", c.validators()) }); //$NON-NLS-1$ //$NON-NLS-2$
		case ChainStatus.WrongChain w -> NLS.bind(Messages.ChainStatus_wrongChainLine,
				new Object[] { w.rpcUrl(), String.valueOf(w.chainId()), String.valueOf(w.expectedChainId()) });
		case ChainStatus.NotConnected n -> NLS.bind(Messages.ChainStatus_notConnectedLine, n.rpcUrl(), n.reason());
		};
	}

	/** Everything known, over several lines (a tool tip): a connected node's QBFT validators one a line. */
	public static String details(ChainStatus status) {
		return switch (status) {
		case ChainStatus.Connected c -> NLS.bind(Messages.ChainStatus_connectedDetails, new Object[] { c.rpcUrl(),
				String.valueOf(c.chainId()), c.blockNumber().toString(), peers(c),
				c.validators().isEmpty() ? Messages.ChainStatus_noValidators : String.join("\n  ", c.validators()) }); //$NON-NLS-1$
		case ChainStatus.WrongChain w -> line(w);
		case ChainStatus.NotConnected n -> line(n);
		};
	}

	private static String peers(ChainStatus.Connected c) {
		return c.peers().isPresent() ? String.valueOf(c.peers().getAsInt()) : "-"; //$NON-NLS-1$
	}
}
