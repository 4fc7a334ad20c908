package io.agritrace.chain.ui.internal;

import org.eclipse.osgi.util.NLS;

import io.agritrace.chain.ChainStatus;

/** A chain node's state in the user's language. */
public final class ChainStatusText {

	private ChainStatusText() {
	}

	/** Short, for the status bar. */
	public static String summary(ChainStatus status) {
		return switch (status) {
		case ChainStatus.Connected c -> NLS.bind(Messages.Status_chainConnected, c.chainId(), c.blockNumber());
		case ChainStatus.WrongChain w -> Messages.Status_chainWrong;
		case ChainStatus.NotConnected n -> Messages.Status_chainNotConnected;
		};
	}

	/** Everything known: the node, its chain, peers and QBFT validators, or why it is not usable. */
	public static String describe(ChainStatus status) {
		return switch (status) {
		case ChainStatus.Connected c -> NLS.bind(Messages.Status_chainDetails, new Object[] { c.rpcUrl(),
				String.valueOf(c.chainId()), c.blockNumber().toString(),
				c.peers().isPresent() ? String.valueOf(c.peers().getAsInt()) : "-", //$NON-NLS-1$
				c.validators().isEmpty() ? Messages.Status_noValidators : String.join("\n  ", c.validators()) }); //$NON-NLS-1$
		case ChainStatus.WrongChain w -> NLS.bind(Messages.Status_chainWrongDetails,
				new Object[] { w.rpcUrl(), String.valueOf(w.chainId()), String.valueOf(w.expectedChainId()) });
		case ChainStatus.NotConnected n -> NLS.bind(Messages.Status_chainNotConnectedTooltip, n.rpcUrl(), n.reason());
		};
	}
}
