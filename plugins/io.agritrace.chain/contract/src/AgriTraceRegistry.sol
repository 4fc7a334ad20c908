// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title AgriTrace registry: organisations, event anchors and batch custody.
/// @notice The regulator (deployer) grants recorder accounts to organisations.
/// Recorders anchor GS1 CBV 2.0 Event Hash IDs (the SHA-256 digest, bytes32)
/// in batches; an anchor is never overwritten, so a retried submission is
/// harmless. Custody of a batch moves only by a handover that the holder
/// proposes and the receiving organisation accepts.
contract AgriTraceRegistry {
    struct Anchor {
        uint64 blockNumber;
        address recorder;
        bytes32 batch;
    }

    address public immutable regulator;
    mapping(address => bytes32) public organisationOf;
    mapping(bytes32 => Anchor) private anchors;
    mapping(bytes32 => bytes32) public holderOf;
    mapping(bytes32 => bytes32) public pendingHandover;

    event RecorderGranted(address indexed recorder, bytes32 indexed organisation);
    event RecorderRevoked(address indexed recorder, bytes32 indexed organisation);
    event Anchored(bytes32 indexed eventHash, bytes32 indexed batch, address indexed recorder);
    event HandoverProposed(bytes32 indexed batch, bytes32 indexed from, bytes32 indexed to);
    event HandoverAccepted(bytes32 indexed batch, bytes32 indexed from, bytes32 indexed to);
    event HandoverRejected(bytes32 indexed batch, bytes32 indexed from, bytes32 indexed to, string reason);

    error NotRegulator();
    error NotRecorder();
    error LengthMismatch();
    error NotHolder(bytes32 batch, bytes32 holder);
    error NoHandoverFor(bytes32 batch, bytes32 organisation);

    constructor() {
        regulator = msg.sender;
    }

    modifier onlyRegulator() {
        if (msg.sender != regulator) revert NotRegulator();
        _;
    }

    function organisation() private view returns (bytes32 org) {
        org = organisationOf[msg.sender];
        if (org == bytes32(0)) revert NotRecorder();
    }

    function grantRecorder(address recorder, bytes32 org) external onlyRegulator {
        organisationOf[recorder] = org;
        emit RecorderGranted(recorder, org);
    }

    function revokeRecorder(address recorder) external onlyRegulator {
        bytes32 org = organisationOf[recorder];
        delete organisationOf[recorder];
        emit RecorderRevoked(recorder, org);
    }

    /// @notice Anchors many events in one transaction; already anchored ones are skipped.
    /// @return anchored how many were new
    function anchor(bytes32[] calldata eventHashes, bytes32[] calldata batches) external returns (uint256 anchored) {
        organisation();
        if (eventHashes.length != batches.length) revert LengthMismatch();
        for (uint256 i = 0; i < eventHashes.length; i++) {
            if (anchors[eventHashes[i]].blockNumber == 0) {
                anchors[eventHashes[i]] = Anchor(uint64(block.number), msg.sender, batches[i]);
                emit Anchored(eventHashes[i], batches[i], msg.sender);
                anchored++;
            }
        }
    }

    /// @notice When, by whom and for which batch an event was anchored; block 0 when it was not.
    function anchorOf(bytes32 eventHash) external view returns (uint64 blockNumber, address recorder, bytes32 batch) {
        Anchor storage a = anchors[eventHash];
        return (a.blockNumber, a.recorder, a.batch);
    }

    /// @notice The recorder's organisation becomes the holder of a batch nobody holds yet.
    function claimBatch(bytes32 batch) external {
        bytes32 org = organisation();
        if (holderOf[batch] != bytes32(0)) revert NotHolder(batch, holderOf[batch]);
        holderOf[batch] = org;
    }

    function proposeHandover(bytes32 batch, bytes32 to) external {
        bytes32 org = organisation();
        if (holderOf[batch] != org) revert NotHolder(batch, holderOf[batch]);
        pendingHandover[batch] = to;
        emit HandoverProposed(batch, org, to);
    }

    function acceptHandover(bytes32 batch) external {
        bytes32 org = organisation();
        if (pendingHandover[batch] != org) revert NoHandoverFor(batch, org);
        bytes32 from = holderOf[batch];
        holderOf[batch] = org;
        delete pendingHandover[batch];
        emit HandoverAccepted(batch, from, org);
    }

    /// @notice The receiving organisation turns the proposed handover down; the batch stays with its holder,
    /// and the reason is in the log for the holder to read.
    function rejectHandover(bytes32 batch, string calldata reason) external {
        bytes32 org = organisation();
        if (pendingHandover[batch] != org) revert NoHandoverFor(batch, org);
        delete pendingHandover[batch];
        emit HandoverRejected(batch, holderOf[batch], org, reason);
    }
}
