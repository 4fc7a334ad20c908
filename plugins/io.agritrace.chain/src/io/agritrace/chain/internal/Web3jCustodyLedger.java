package io.agritrace.chain.internal;

import java.util.HashMap;
import java.util.Map;

import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.exceptions.TransactionException;

import io.agritrace.chain.ChainEndpoint;
import io.agritrace.chain.ChainException;
import io.agritrace.chain.ChainKey;
import io.agritrace.chain.CustodyLedger;
import io.agritrace.chain.SigningKey;
import io.agritrace.chain.internal.contract.AgriTraceRegistry;

/** {@link CustodyLedger} over the generated contract wrapper, one wrapper per signing account. */
public final class Web3jCustodyLedger implements CustodyLedger {

	private final ChainEndpoint endpoint;
	private final long chainId;
	private final String contract;
	private final Web3j web3j;
	private final AgriTraceRegistry reader;
	private final Map<SigningKey, AgriTraceRegistry> signers = new HashMap<>();

	public Web3jCustodyLedger(ChainEndpoint endpoint, long chainId, String contract) {
		this.endpoint = endpoint;
		this.chainId = chainId;
		this.contract = contract;
		this.web3j = endpoint.besu();
		this.reader = as(SigningKey.READ_ONLY);
	}

	private AgriTraceRegistry as(SigningKey signingKey) {
		return signers.computeIfAbsent(signingKey, key -> AgriTraceRegistry.load(contract, web3j,
				endpoint.transactionManager(web3j, chainId, key), endpoint.adminGas()));
	}

	@Override
	public ChainKey holder(String batch) throws ChainException {
		return read(() -> reader.holderOf(ChainKey.of(batch).bytes()).send());
	}

	@Override
	public ChainKey proposedTo(String batch) throws ChainException {
		return read(() -> reader.pendingHandover(ChainKey.of(batch).bytes()).send());
	}

	@Override
	public ChainKey organisationOf(String account) throws ChainException {
		return read(() -> reader.organisationOf(account).send());
	}

	@Override
	public void claim(String batch, SigningKey signingKey) throws ChainException {
		send(() -> as(signingKey).claimBatch(ChainKey.of(batch).bytes()).send());
	}

	@Override
	public void propose(String batch, String toOrganisation, SigningKey signingKey) throws ChainException {
		send(() -> as(signingKey).proposeHandover(ChainKey.of(batch).bytes(), ChainKey.of(toOrganisation).bytes()).send());
	}

	@Override
	public void accept(String batch, SigningKey signingKey) throws ChainException {
		send(() -> as(signingKey).acceptHandover(ChainKey.of(batch).bytes()).send());
	}

	/** A call that may fail the way web3j's do. */
	private interface Call<T> {
		T run() throws Exception;
	}

	private static ChainKey read(Call<byte[]> call) throws ChainException {
		try {
			return ChainKey.answered(call.run());
		} catch (Exception e) {
			throw new ChainException(String.valueOf(e.getMessage()), e);
		}
	}

	/**
	 * A reverted transaction is a refusal by the contract, with its reason; a
	 * dropped one is not, so the step is tried again.
	 */
	private static void send(Call<TransactionReceipt> call) throws ChainException {
		try {
			call.run();
		} catch (DropAwareReceipts.DroppedException e) {
			throw new ChainException(e.getMessage(), e);
		} catch (TransactionException e) {
			throw ChainException.rejected(String.valueOf(e.getMessage()));
		} catch (Exception e) {
			throw new ChainException(String.valueOf(e.getMessage()), e);
		}
	}

	@Override
	public void close() {
		web3j.shutdown();
	}
}
