package io.agritrace.chain;

import java.nio.file.Path;

/**
 * The workbench's use of the managed chain, alone in a JVM: starts it for this
 * process, says so on standard output, then waits to be ended by a signal.
 * Arguments: anvil binary, workspace, port.
 */
public final class LocalChainInChildProcess {

	private LocalChainInChildProcess() {
	}

	public static void main(String[] args) throws Exception {
		LocalChain chain = new LocalChain(Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]));
		LocalChain.Running running = chain.start(LocalChain.Lifetime.THIS_PROCESS);
		System.out.println("started " + running.contract() + " " + running.pid());
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}
}
