package io.agritrace.chain.internal.contract;

import io.reactivex.Flowable;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.web3j.abi.EventEncoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.CustomError;
import org.web3j.abi.datatypes.Event;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.RemoteCall;
import org.web3j.protocol.core.RemoteFunctionCall;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.response.BaseEventResponse;
import org.web3j.protocol.core.methods.response.Log;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.tuples.generated.Tuple3;
import org.web3j.tx.Contract;
import org.web3j.tx.TransactionManager;
import org.web3j.tx.gas.ContractGasProvider;

/**
 * <p>Auto generated code.
 * <p><strong>Do not modify!</strong>
 * <p>Please use the <a href="https://docs.web3j.io/command_line.html">web3j command line tools</a>,
 * or the org.web3j.codegen.SolidityFunctionWrapperGenerator in the 
 * <a href="https://github.com/LFDT-web3j/web3j/tree/main/codegen">codegen module</a> to update.
 *
 * <p>Generated with web3j version 4.14.0.
 */
@SuppressWarnings("rawtypes")
public class AgriTraceRegistry extends Contract {
    public static final String BINARY = "60a0604052348015600f57600080fd5b50336080526080516109ff61003d6000396000818161020a0152818161037401526106ea01526109ff6000f3fe608060405234801561001057600080fd5b50600436106100b45760003560e01c806387d430a51161007157806387d430a51461015a578063981fde301461016d578063af23e87c14610180578063cf4ff90114610193578063dd8fee1414610205578063fe6a9a8c1461024457600080fd5b80631cb57908146100b9578063211d5534146100ce5780632f3934d7146100e1578063383bce6a146101145780634d46daab14610134578063851a48a314610147575b600080fd5b6100cc6100c73660046107a8565b610264565b005b6100cc6100dc3660046107a8565b610302565b6101016100ef3660046107a8565b60036020526000908152604090205481565b6040519081526020015b60405180910390f35b6101016101223660046107dd565b60006020819052908152604090205481565b6100cc6101423660046107ff565b610369565b610101610155366004610875565b6103f9565b6100cc6101683660046108e6565b6105a1565b6100cc61017b366004610964565b610648565b6100cc61018e3660046107dd565b6106df565b6101d76101a13660046107a8565b6000908152600160208190526040909120805491015467ffffffffffffffff821692600160401b9092046001600160a01b031691565b6040805167ffffffffffffffff90941684526001600160a01b0390921660208401529082015260600161010b565b61022c7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161010b565b6101016102523660046107a8565b60026020526000908152604090205481565b600061026e610777565b60008381526003602052604090205490915081146102ae576040516302bfc83160e01b815260048101839052602481018290526044015b60405180910390fd5b600082815260026020908152604080832080549085905560039092528083208390555190918391839186917f2b90ab28dbff0d628d77035fe25ae160c8cc4c20ace92898ab21085eb8ba3da19190a4505050565b600061030c610777565b60008381526002602052604090205490915015610357576000828152600260205260409081902054905163a992598960e01b81526102a5918491600401918252602082015260400190565b60009182526002602052604090912055565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146103b257604051638ef3d30960e01b815260040160405180910390fd5b6001600160a01b038216600081815260208190526040808220849055518392917fa477d7623936c5327cc6021b696e31bfb2af280345ab0104c0fd6e4c8f4d229a91a35050565b6000610403610777565b50838214610427576040516001621398b960e31b0319815260040160405180910390fd5b60005b84811015610598576001600087878481811061044857610448610986565b6020908102929092013583525081019190915260400160009081205467ffffffffffffffff169003610590576040805160608101825267ffffffffffffffff431681523360208201529081018585848181106104a6576104a6610986565b90506020020135815250600160008888858181106104c6576104c6610986565b6020908102929092013583525081810192909252604090810160002083518154938501516001600160a01b0316600160401b026001600160e01b031990941667ffffffffffffffff9091161792909217825591909101516001909101553384848381811061053657610536610986565b9050602002013587878481811061054f5761054f610986565b905060200201357f840d56d6081fa4a201be5c97698b23055ee2e65deab7d5845a6ee3053b68bdf860405160405180910390a48161058c8161099c565b9250505b60010161042a565b50949350505050565b60006105ab610777565b60008581526003602052604090205490915081146105e6576040516302bfc83160e01b815260048101859052602481018290526044016102a5565b600084815260036020908152604080832083905560029091529081902054905182919086907fc1a36e7f93ddd60a063f028a61d418b08eee587bcfd7a198166f5419214820b19061063a90889088906109c3565b60405180910390a450505050565b6000610652610777565b600084815260026020526040902054909150811461069e576000838152600260205260409081902054905163a992598960e01b81526102a5918591600401918252602082015260400190565b600083815260036020526040808220849055518391839186917fcc0c2e6ceddc191e3cc2824ed621b4c5661ea2e682767f858cbaaa481f03a7a391a4505050565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461072857604051638ef3d30960e01b815260040160405180910390fd5b6001600160a01b03811660008181526020819052604080822080549083905590519092839290917fcbc128c57f1e270588434969e62168fdd2b2e95e0c9999d7340045ca64d5f0de9190a35050565b33600090815260208190526040902054806107a55760405163787a22eb60e01b815260040160405180910390fd5b90565b6000602082840312156107ba57600080fd5b5035919050565b80356001600160a01b03811681146107d857600080fd5b919050565b6000602082840312156107ef57600080fd5b6107f8826107c1565b9392505050565b6000806040838503121561081257600080fd5b61081b836107c1565b946020939093013593505050565b60008083601f84011261083b57600080fd5b50813567ffffffffffffffff81111561085357600080fd5b6020830191508360208260051b850101111561086e57600080fd5b9250929050565b6000806000806040858703121561088b57600080fd5b843567ffffffffffffffff8111156108a257600080fd5b6108ae87828801610829565b909550935050602085013567ffffffffffffffff8111156108ce57600080fd5b6108da87828801610829565b95989497509550505050565b6000806000604084860312156108fb57600080fd5b83359250602084013567ffffffffffffffff81111561091957600080fd5b8401601f8101861361092a57600080fd5b803567ffffffffffffffff81111561094157600080fd5b86602082840101111561095357600080fd5b939660209190910195509293505050565b6000806040838503121561097757600080fd5b50508035926020909101359150565b634e487b7160e01b600052603260045260246000fd5b6000600182016109bc57634e487b7160e01b600052601160045260246000fd5b5060010190565b60208152816020820152818360408301376000818301604090810191909152601f909201601f1916010191905056fea164736f6c6343000825000a";

    private static String librariesLinkedBinary;

    public static final String FUNC_ACCEPTHANDOVER = "acceptHandover";

    public static final String FUNC_ANCHOR = "anchor";

    public static final String FUNC_ANCHOROF = "anchorOf";

    public static final String FUNC_CLAIMBATCH = "claimBatch";

    public static final String FUNC_GRANTRECORDER = "grantRecorder";

    public static final String FUNC_HOLDEROF = "holderOf";

    public static final String FUNC_ORGANISATIONOF = "organisationOf";

    public static final String FUNC_PENDINGHANDOVER = "pendingHandover";

    public static final String FUNC_PROPOSEHANDOVER = "proposeHandover";

    public static final String FUNC_REGULATOR = "regulator";

    public static final String FUNC_REJECTHANDOVER = "rejectHandover";

    public static final String FUNC_REVOKERECORDER = "revokeRecorder";

    public static final CustomError LENGTHMISMATCH_ERROR = new CustomError("LengthMismatch", 
            Arrays.<TypeReference<?>>asList());
    ;

    public static final CustomError NOHANDOVERFOR_ERROR = new CustomError("NoHandoverFor", 
            Arrays.<TypeReference<?>>asList(new TypeReference<Bytes32>() {}, new TypeReference<Bytes32>() {}));
    ;

    public static final CustomError NOTHOLDER_ERROR = new CustomError("NotHolder", 
            Arrays.<TypeReference<?>>asList(new TypeReference<Bytes32>() {}, new TypeReference<Bytes32>() {}));
    ;

    public static final CustomError NOTRECORDER_ERROR = new CustomError("NotRecorder", 
            Arrays.<TypeReference<?>>asList());
    ;

    public static final CustomError NOTREGULATOR_ERROR = new CustomError("NotRegulator", 
            Arrays.<TypeReference<?>>asList());
    ;

    public static final Event ANCHORED_EVENT = new Event("Anchored", 
            Arrays.<TypeReference<?>>asList(new TypeReference<Bytes32>(true) {}, new TypeReference<Bytes32>(true) {}, new TypeReference<Address>(true) {}));
    ;

    public static final Event HANDOVERACCEPTED_EVENT = new Event("HandoverAccepted", 
            Arrays.<TypeReference<?>>asList(new TypeReference<Bytes32>(true) {}, new TypeReference<Bytes32>(true) {}, new TypeReference<Bytes32>(true) {}));
    ;

    public static final Event HANDOVERPROPOSED_EVENT = new Event("HandoverProposed", 
            Arrays.<TypeReference<?>>asList(new TypeReference<Bytes32>(true) {}, new TypeReference<Bytes32>(true) {}, new TypeReference<Bytes32>(true) {}));
    ;

    public static final Event HANDOVERREJECTED_EVENT = new Event("HandoverRejected", 
            Arrays.<TypeReference<?>>asList(new TypeReference<Bytes32>(true) {}, new TypeReference<Bytes32>(true) {}, new TypeReference<Bytes32>(true) {}, new TypeReference<Utf8String>() {}));
    ;

    public static final Event RECORDERGRANTED_EVENT = new Event("RecorderGranted", 
            Arrays.<TypeReference<?>>asList(new TypeReference<Address>(true) {}, new TypeReference<Bytes32>(true) {}));
    ;

    public static final Event RECORDERREVOKED_EVENT = new Event("RecorderRevoked", 
            Arrays.<TypeReference<?>>asList(new TypeReference<Address>(true) {}, new TypeReference<Bytes32>(true) {}));
    ;

    @Deprecated
    protected AgriTraceRegistry(String contractAddress, Web3j web3j, Credentials credentials,
            BigInteger gasPrice, BigInteger gasLimit) {
        super(BINARY, contractAddress, web3j, credentials, gasPrice, gasLimit);
    }

    protected AgriTraceRegistry(String contractAddress, Web3j web3j, Credentials credentials,
            ContractGasProvider contractGasProvider) {
        super(BINARY, contractAddress, web3j, credentials, contractGasProvider);
    }

    @Deprecated
    protected AgriTraceRegistry(String contractAddress, Web3j web3j,
            TransactionManager transactionManager, BigInteger gasPrice, BigInteger gasLimit) {
        super(BINARY, contractAddress, web3j, transactionManager, gasPrice, gasLimit);
    }

    protected AgriTraceRegistry(String contractAddress, Web3j web3j,
            TransactionManager transactionManager, ContractGasProvider contractGasProvider) {
        super(BINARY, contractAddress, web3j, transactionManager, contractGasProvider);
    }

    public static List<AnchoredEventResponse> getAnchoredEvents(
            TransactionReceipt transactionReceipt) {
        List<Contract.EventValuesWithLog> valueList = staticExtractEventParametersWithLog(ANCHORED_EVENT, transactionReceipt);
        ArrayList<AnchoredEventResponse> responses = new ArrayList<AnchoredEventResponse>(valueList.size());
        for (Contract.EventValuesWithLog eventValues : valueList) {
            AnchoredEventResponse typedResponse = new AnchoredEventResponse();
            typedResponse.log = eventValues.getLog();
            typedResponse.eventHash = (byte[]) eventValues.getIndexedValues().get(0).getValue();
            typedResponse.batch = (byte[]) eventValues.getIndexedValues().get(1).getValue();
            typedResponse.recorder = (String) eventValues.getIndexedValues().get(2).getValue();
            responses.add(typedResponse);
        }
        return responses;
    }

    public static AnchoredEventResponse getAnchoredEventFromLog(Log log) {
        Contract.EventValuesWithLog eventValues = staticExtractEventParametersWithLog(ANCHORED_EVENT, log);
        AnchoredEventResponse typedResponse = new AnchoredEventResponse();
        typedResponse.log = log;
        typedResponse.eventHash = (byte[]) eventValues.getIndexedValues().get(0).getValue();
        typedResponse.batch = (byte[]) eventValues.getIndexedValues().get(1).getValue();
        typedResponse.recorder = (String) eventValues.getIndexedValues().get(2).getValue();
        return typedResponse;
    }

    public Flowable<AnchoredEventResponse> anchoredEventFlowable(EthFilter filter) {
        return web3j.ethLogFlowable(filter).map(log -> getAnchoredEventFromLog(log));
    }

    public Flowable<AnchoredEventResponse> anchoredEventFlowable(DefaultBlockParameter startBlock,
            DefaultBlockParameter endBlock) {
        EthFilter filter = new EthFilter(startBlock, endBlock, getContractAddress());
        filter.addSingleTopic(EventEncoder.encode(ANCHORED_EVENT));
        return anchoredEventFlowable(filter);
    }

    public static List<HandoverAcceptedEventResponse> getHandoverAcceptedEvents(
            TransactionReceipt transactionReceipt) {
        List<Contract.EventValuesWithLog> valueList = staticExtractEventParametersWithLog(HANDOVERACCEPTED_EVENT, transactionReceipt);
        ArrayList<HandoverAcceptedEventResponse> responses = new ArrayList<HandoverAcceptedEventResponse>(valueList.size());
        for (Contract.EventValuesWithLog eventValues : valueList) {
            HandoverAcceptedEventResponse typedResponse = new HandoverAcceptedEventResponse();
            typedResponse.log = eventValues.getLog();
            typedResponse.batch = (byte[]) eventValues.getIndexedValues().get(0).getValue();
            typedResponse.from = (byte[]) eventValues.getIndexedValues().get(1).getValue();
            typedResponse.to = (byte[]) eventValues.getIndexedValues().get(2).getValue();
            responses.add(typedResponse);
        }
        return responses;
    }

    public static HandoverAcceptedEventResponse getHandoverAcceptedEventFromLog(Log log) {
        Contract.EventValuesWithLog eventValues = staticExtractEventParametersWithLog(HANDOVERACCEPTED_EVENT, log);
        HandoverAcceptedEventResponse typedResponse = new HandoverAcceptedEventResponse();
        typedResponse.log = log;
        typedResponse.batch = (byte[]) eventValues.getIndexedValues().get(0).getValue();
        typedResponse.from = (byte[]) eventValues.getIndexedValues().get(1).getValue();
        typedResponse.to = (byte[]) eventValues.getIndexedValues().get(2).getValue();
        return typedResponse;
    }

    public Flowable<HandoverAcceptedEventResponse> handoverAcceptedEventFlowable(EthFilter filter) {
        return web3j.ethLogFlowable(filter).map(log -> getHandoverAcceptedEventFromLog(log));
    }

    public Flowable<HandoverAcceptedEventResponse> handoverAcceptedEventFlowable(
            DefaultBlockParameter startBlock, DefaultBlockParameter endBlock) {
        EthFilter filter = new EthFilter(startBlock, endBlock, getContractAddress());
        filter.addSingleTopic(EventEncoder.encode(HANDOVERACCEPTED_EVENT));
        return handoverAcceptedEventFlowable(filter);
    }

    public static List<HandoverProposedEventResponse> getHandoverProposedEvents(
            TransactionReceipt transactionReceipt) {
        List<Contract.EventValuesWithLog> valueList = staticExtractEventParametersWithLog(HANDOVERPROPOSED_EVENT, transactionReceipt);
        ArrayList<HandoverProposedEventResponse> responses = new ArrayList<HandoverProposedEventResponse>(valueList.size());
        for (Contract.EventValuesWithLog eventValues : valueList) {
            HandoverProposedEventResponse typedResponse = new HandoverProposedEventResponse();
            typedResponse.log = eventValues.getLog();
            typedResponse.batch = (byte[]) eventValues.getIndexedValues().get(0).getValue();
            typedResponse.from = (byte[]) eventValues.getIndexedValues().get(1).getValue();
            typedResponse.to = (byte[]) eventValues.getIndexedValues().get(2).getValue();
            responses.add(typedResponse);
        }
        return responses;
    }

    public static HandoverProposedEventResponse getHandoverProposedEventFromLog(Log log) {
        Contract.EventValuesWithLog eventValues = staticExtractEventParametersWithLog(HANDOVERPROPOSED_EVENT, log);
        HandoverProposedEventResponse typedResponse = new HandoverProposedEventResponse();
        typedResponse.log = log;
        typedResponse.batch = (byte[]) eventValues.getIndexedValues().get(0).getValue();
        typedResponse.from = (byte[]) eventValues.getIndexedValues().get(1).getValue();
        typedResponse.to = (byte[]) eventValues.getIndexedValues().get(2).getValue();
        return typedResponse;
    }

    public Flowable<HandoverProposedEventResponse> handoverProposedEventFlowable(EthFilter filter) {
        return web3j.ethLogFlowable(filter).map(log -> getHandoverProposedEventFromLog(log));
    }

    public Flowable<HandoverProposedEventResponse> handoverProposedEventFlowable(
            DefaultBlockParameter startBlock, DefaultBlockParameter endBlock) {
        EthFilter filter = new EthFilter(startBlock, endBlock, getContractAddress());
        filter.addSingleTopic(EventEncoder.encode(HANDOVERPROPOSED_EVENT));
        return handoverProposedEventFlowable(filter);
    }

    public static List<HandoverRejectedEventResponse> getHandoverRejectedEvents(
            TransactionReceipt transactionReceipt) {
        List<Contract.EventValuesWithLog> valueList = staticExtractEventParametersWithLog(HANDOVERREJECTED_EVENT, transactionReceipt);
        ArrayList<HandoverRejectedEventResponse> responses = new ArrayList<HandoverRejectedEventResponse>(valueList.size());
        for (Contract.EventValuesWithLog eventValues : valueList) {
            HandoverRejectedEventResponse typedResponse = new HandoverRejectedEventResponse();
            typedResponse.log = eventValues.getLog();
            typedResponse.batch = (byte[]) eventValues.getIndexedValues().get(0).getValue();
            typedResponse.from = (byte[]) eventValues.getIndexedValues().get(1).getValue();
            typedResponse.to = (byte[]) eventValues.getIndexedValues().get(2).getValue();
            typedResponse.reason = (String) eventValues.getNonIndexedValues().get(0).getValue();
            responses.add(typedResponse);
        }
        return responses;
    }

    public static HandoverRejectedEventResponse getHandoverRejectedEventFromLog(Log log) {
        Contract.EventValuesWithLog eventValues = staticExtractEventParametersWithLog(HANDOVERREJECTED_EVENT, log);
        HandoverRejectedEventResponse typedResponse = new HandoverRejectedEventResponse();
        typedResponse.log = log;
        typedResponse.batch = (byte[]) eventValues.getIndexedValues().get(0).getValue();
        typedResponse.from = (byte[]) eventValues.getIndexedValues().get(1).getValue();
        typedResponse.to = (byte[]) eventValues.getIndexedValues().get(2).getValue();
        typedResponse.reason = (String) eventValues.getNonIndexedValues().get(0).getValue();
        return typedResponse;
    }

    public Flowable<HandoverRejectedEventResponse> handoverRejectedEventFlowable(EthFilter filter) {
        return web3j.ethLogFlowable(filter).map(log -> getHandoverRejectedEventFromLog(log));
    }

    public Flowable<HandoverRejectedEventResponse> handoverRejectedEventFlowable(
            DefaultBlockParameter startBlock, DefaultBlockParameter endBlock) {
        EthFilter filter = new EthFilter(startBlock, endBlock, getContractAddress());
        filter.addSingleTopic(EventEncoder.encode(HANDOVERREJECTED_EVENT));
        return handoverRejectedEventFlowable(filter);
    }

    public static List<RecorderGrantedEventResponse> getRecorderGrantedEvents(
            TransactionReceipt transactionReceipt) {
        List<Contract.EventValuesWithLog> valueList = staticExtractEventParametersWithLog(RECORDERGRANTED_EVENT, transactionReceipt);
        ArrayList<RecorderGrantedEventResponse> responses = new ArrayList<RecorderGrantedEventResponse>(valueList.size());
        for (Contract.EventValuesWithLog eventValues : valueList) {
            RecorderGrantedEventResponse typedResponse = new RecorderGrantedEventResponse();
            typedResponse.log = eventValues.getLog();
            typedResponse.recorder = (String) eventValues.getIndexedValues().get(0).getValue();
            typedResponse.organisation = (byte[]) eventValues.getIndexedValues().get(1).getValue();
            responses.add(typedResponse);
        }
        return responses;
    }

    public static RecorderGrantedEventResponse getRecorderGrantedEventFromLog(Log log) {
        Contract.EventValuesWithLog eventValues = staticExtractEventParametersWithLog(RECORDERGRANTED_EVENT, log);
        RecorderGrantedEventResponse typedResponse = new RecorderGrantedEventResponse();
        typedResponse.log = log;
        typedResponse.recorder = (String) eventValues.getIndexedValues().get(0).getValue();
        typedResponse.organisation = (byte[]) eventValues.getIndexedValues().get(1).getValue();
        return typedResponse;
    }

    public Flowable<RecorderGrantedEventResponse> recorderGrantedEventFlowable(EthFilter filter) {
        return web3j.ethLogFlowable(filter).map(log -> getRecorderGrantedEventFromLog(log));
    }

    public Flowable<RecorderGrantedEventResponse> recorderGrantedEventFlowable(
            DefaultBlockParameter startBlock, DefaultBlockParameter endBlock) {
        EthFilter filter = new EthFilter(startBlock, endBlock, getContractAddress());
        filter.addSingleTopic(EventEncoder.encode(RECORDERGRANTED_EVENT));
        return recorderGrantedEventFlowable(filter);
    }

    public static List<RecorderRevokedEventResponse> getRecorderRevokedEvents(
            TransactionReceipt transactionReceipt) {
        List<Contract.EventValuesWithLog> valueList = staticExtractEventParametersWithLog(RECORDERREVOKED_EVENT, transactionReceipt);
        ArrayList<RecorderRevokedEventResponse> responses = new ArrayList<RecorderRevokedEventResponse>(valueList.size());
        for (Contract.EventValuesWithLog eventValues : valueList) {
            RecorderRevokedEventResponse typedResponse = new RecorderRevokedEventResponse();
            typedResponse.log = eventValues.getLog();
            typedResponse.recorder = (String) eventValues.getIndexedValues().get(0).getValue();
            typedResponse.organisation = (byte[]) eventValues.getIndexedValues().get(1).getValue();
            responses.add(typedResponse);
        }
        return responses;
    }

    public static RecorderRevokedEventResponse getRecorderRevokedEventFromLog(Log log) {
        Contract.EventValuesWithLog eventValues = staticExtractEventParametersWithLog(RECORDERREVOKED_EVENT, log);
        RecorderRevokedEventResponse typedResponse = new RecorderRevokedEventResponse();
        typedResponse.log = log;
        typedResponse.recorder = (String) eventValues.getIndexedValues().get(0).getValue();
        typedResponse.organisation = (byte[]) eventValues.getIndexedValues().get(1).getValue();
        return typedResponse;
    }

    public Flowable<RecorderRevokedEventResponse> recorderRevokedEventFlowable(EthFilter filter) {
        return web3j.ethLogFlowable(filter).map(log -> getRecorderRevokedEventFromLog(log));
    }

    public Flowable<RecorderRevokedEventResponse> recorderRevokedEventFlowable(
            DefaultBlockParameter startBlock, DefaultBlockParameter endBlock) {
        EthFilter filter = new EthFilter(startBlock, endBlock, getContractAddress());
        filter.addSingleTopic(EventEncoder.encode(RECORDERREVOKED_EVENT));
        return recorderRevokedEventFlowable(filter);
    }

    public RemoteFunctionCall<TransactionReceipt> acceptHandover(byte[] batch) {
        final Function function = new Function(
                FUNC_ACCEPTHANDOVER, 
                Arrays.<Type>asList(new org.web3j.abi.datatypes.generated.Bytes32(batch)), 
                Collections.<TypeReference<?>>emptyList());
        return executeRemoteCallTransaction(function);
    }

    public RemoteFunctionCall<TransactionReceipt> anchor(List<byte[]> eventHashes,
            List<byte[]> batches) {
        final Function function = new Function(
                FUNC_ANCHOR, 
                Arrays.<Type>asList(new org.web3j.abi.datatypes.DynamicArray<org.web3j.abi.datatypes.generated.Bytes32>(
                        org.web3j.abi.datatypes.generated.Bytes32.class,
                        org.web3j.abi.Utils.typeMap(eventHashes, org.web3j.abi.datatypes.generated.Bytes32.class)), 
                new org.web3j.abi.datatypes.DynamicArray<org.web3j.abi.datatypes.generated.Bytes32>(
                        org.web3j.abi.datatypes.generated.Bytes32.class,
                        org.web3j.abi.Utils.typeMap(batches, org.web3j.abi.datatypes.generated.Bytes32.class))), 
                Collections.<TypeReference<?>>emptyList());
        return executeRemoteCallTransaction(function);
    }

    public RemoteFunctionCall<Tuple3<BigInteger, String, byte[]>> anchorOf(byte[] eventHash) {
        final Function function = new Function(FUNC_ANCHOROF, 
                Arrays.<Type>asList(new org.web3j.abi.datatypes.generated.Bytes32(eventHash)), 
                Arrays.<TypeReference<?>>asList(new TypeReference<Uint64>() {}, new TypeReference<Address>() {}, new TypeReference<Bytes32>() {}));
        return new RemoteFunctionCall<Tuple3<BigInteger, String, byte[]>>(function,
                new Callable<Tuple3<BigInteger, String, byte[]>>() {
                    @Override
                    public Tuple3<BigInteger, String, byte[]> call() throws Exception {
                        List<Type> results = executeCallMultipleValueReturn(function);
                        return new Tuple3<BigInteger, String, byte[]>(
                                (BigInteger) results.get(0).getValue(), 
                                (String) results.get(1).getValue(), 
                                (byte[]) results.get(2).getValue());
                    }
                });
    }

    public RemoteFunctionCall<TransactionReceipt> claimBatch(byte[] batch) {
        final Function function = new Function(
                FUNC_CLAIMBATCH, 
                Arrays.<Type>asList(new org.web3j.abi.datatypes.generated.Bytes32(batch)), 
                Collections.<TypeReference<?>>emptyList());
        return executeRemoteCallTransaction(function);
    }

    public RemoteFunctionCall<TransactionReceipt> grantRecorder(String recorder, byte[] org) {
        final Function function = new Function(
                FUNC_GRANTRECORDER, 
                Arrays.<Type>asList(new org.web3j.abi.datatypes.Address(160, recorder), 
                new org.web3j.abi.datatypes.generated.Bytes32(org)), 
                Collections.<TypeReference<?>>emptyList());
        return executeRemoteCallTransaction(function);
    }

    public RemoteFunctionCall<byte[]> holderOf(byte[] param0) {
        final Function function = new Function(FUNC_HOLDEROF, 
                Arrays.<Type>asList(new org.web3j.abi.datatypes.generated.Bytes32(param0)), 
                Arrays.<TypeReference<?>>asList(new TypeReference<Bytes32>() {}));
        return executeRemoteCallSingleValueReturn(function, byte[].class);
    }

    public RemoteFunctionCall<byte[]> organisationOf(String param0) {
        final Function function = new Function(FUNC_ORGANISATIONOF, 
                Arrays.<Type>asList(new org.web3j.abi.datatypes.Address(160, param0)), 
                Arrays.<TypeReference<?>>asList(new TypeReference<Bytes32>() {}));
        return executeRemoteCallSingleValueReturn(function, byte[].class);
    }

    public RemoteFunctionCall<byte[]> pendingHandover(byte[] param0) {
        final Function function = new Function(FUNC_PENDINGHANDOVER, 
                Arrays.<Type>asList(new org.web3j.abi.datatypes.generated.Bytes32(param0)), 
                Arrays.<TypeReference<?>>asList(new TypeReference<Bytes32>() {}));
        return executeRemoteCallSingleValueReturn(function, byte[].class);
    }

    public RemoteFunctionCall<TransactionReceipt> proposeHandover(byte[] batch, byte[] to) {
        final Function function = new Function(
                FUNC_PROPOSEHANDOVER, 
                Arrays.<Type>asList(new org.web3j.abi.datatypes.generated.Bytes32(batch), 
                new org.web3j.abi.datatypes.generated.Bytes32(to)), 
                Collections.<TypeReference<?>>emptyList());
        return executeRemoteCallTransaction(function);
    }

    public RemoteFunctionCall<String> regulator() {
        final Function function = new Function(FUNC_REGULATOR, 
                Arrays.<Type>asList(), 
                Arrays.<TypeReference<?>>asList(new TypeReference<Address>() {}));
        return executeRemoteCallSingleValueReturn(function, String.class);
    }

    public RemoteFunctionCall<TransactionReceipt> rejectHandover(byte[] batch, String reason) {
        final Function function = new Function(
                FUNC_REJECTHANDOVER, 
                Arrays.<Type>asList(new org.web3j.abi.datatypes.generated.Bytes32(batch), 
                new org.web3j.abi.datatypes.Utf8String(reason)), 
                Collections.<TypeReference<?>>emptyList());
        return executeRemoteCallTransaction(function);
    }

    public RemoteFunctionCall<TransactionReceipt> revokeRecorder(String recorder) {
        final Function function = new Function(
                FUNC_REVOKERECORDER, 
                Arrays.<Type>asList(new org.web3j.abi.datatypes.Address(160, recorder)), 
                Collections.<TypeReference<?>>emptyList());
        return executeRemoteCallTransaction(function);
    }

    @Deprecated
    public static AgriTraceRegistry load(String contractAddress, Web3j web3j,
            Credentials credentials, BigInteger gasPrice, BigInteger gasLimit) {
        return new AgriTraceRegistry(contractAddress, web3j, credentials, gasPrice, gasLimit);
    }

    @Deprecated
    public static AgriTraceRegistry load(String contractAddress, Web3j web3j,
            TransactionManager transactionManager, BigInteger gasPrice, BigInteger gasLimit) {
        return new AgriTraceRegistry(contractAddress, web3j, transactionManager, gasPrice, gasLimit);
    }

    public static AgriTraceRegistry load(String contractAddress, Web3j web3j,
            Credentials credentials, ContractGasProvider contractGasProvider) {
        return new AgriTraceRegistry(contractAddress, web3j, credentials, contractGasProvider);
    }

    public static AgriTraceRegistry load(String contractAddress, Web3j web3j,
            TransactionManager transactionManager, ContractGasProvider contractGasProvider) {
        return new AgriTraceRegistry(contractAddress, web3j, transactionManager, contractGasProvider);
    }

    public static RemoteCall<AgriTraceRegistry> deploy(Web3j web3j, Credentials credentials,
            ContractGasProvider contractGasProvider) {
        return deployRemoteCall(AgriTraceRegistry.class, web3j, credentials, contractGasProvider, getDeploymentBinary(), "");
    }

    public static RemoteCall<AgriTraceRegistry> deploy(Web3j web3j,
            TransactionManager transactionManager, ContractGasProvider contractGasProvider) {
        return deployRemoteCall(AgriTraceRegistry.class, web3j, transactionManager, contractGasProvider, getDeploymentBinary(), "");
    }

    @Deprecated
    public static RemoteCall<AgriTraceRegistry> deploy(Web3j web3j, Credentials credentials,
            BigInteger gasPrice, BigInteger gasLimit) {
        return deployRemoteCall(AgriTraceRegistry.class, web3j, credentials, gasPrice, gasLimit, getDeploymentBinary(), "");
    }

    @Deprecated
    public static RemoteCall<AgriTraceRegistry> deploy(Web3j web3j,
            TransactionManager transactionManager, BigInteger gasPrice, BigInteger gasLimit) {
        return deployRemoteCall(AgriTraceRegistry.class, web3j, transactionManager, gasPrice, gasLimit, getDeploymentBinary(), "");
    }

    public static void linkLibraries(List<Contract.LinkReference> references) {
        librariesLinkedBinary = linkBinaryWithReferences(BINARY, references);
    }

    private static String getDeploymentBinary() {
        if (librariesLinkedBinary != null) {
            return librariesLinkedBinary;
        } else {
            return BINARY;
        }
    }

    public static class AnchoredEventResponse extends BaseEventResponse {
        public byte[] eventHash;

        public byte[] batch;

        public String recorder;
    }

    public static class HandoverAcceptedEventResponse extends BaseEventResponse {
        public byte[] batch;

        public byte[] from;

        public byte[] to;
    }

    public static class HandoverProposedEventResponse extends BaseEventResponse {
        public byte[] batch;

        public byte[] from;

        public byte[] to;
    }

    public static class HandoverRejectedEventResponse extends BaseEventResponse {
        public byte[] batch;

        public byte[] from;

        public byte[] to;

        public String reason;
    }

    public static class RecorderGrantedEventResponse extends BaseEventResponse {
        public String recorder;

        public byte[] organisation;
    }

    public static class RecorderRevokedEventResponse extends BaseEventResponse {
        public String recorder;

        public byte[] organisation;
    }
}
