// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title ScrollCoin: the on-chain mirror of ScrollForge's ScrollCoin ledger.
/// @notice The platform's double-entry ledger is the source of truth; this token follows it. Balances are
/// whole coins (0 decimals), exactly the ledger's integer units. Only the owner (the platform's minter)
/// moves value, and every movement carries the id of the ledger anchor it mirrors, so a ledger
/// transaction takes effect on chain at most once however often it is sent. Holders cannot transfer or
/// approve on their own: a movement the ledger did not record would break the mirror.
contract ScrollCoin is ERC20, Ownable {
    /// anchorId => whether that ledger anchor already took effect.
    mapping(bytes32 => bool) public anchored;

    /// A ledger anchor took effect in this transaction.
    event Anchored(bytes32 indexed anchorId);

    error AlreadyAnchored(bytes32 anchorId);
    error LedgerMirrorOnly();

    constructor(address initialOwner) ERC20("ScrollCoin", "SCROLL") Ownable(initialOwner) {}

    /// Whole coins, like the ledger.
    function decimals() public pure override returns (uint8) {
        return 0;
    }

    /// Mirrors coins entering a person's wallet from a platform account (reward, mint, refund).
    function mint(address to, uint256 amount, bytes32 anchorId) external onlyOwner {
        _anchor(anchorId);
        _mint(to, amount);
    }

    /// Mirrors coins leaving a person's wallet to a platform account (burn, purchase).
    function burn(address from, uint256 amount, bytes32 anchorId) external onlyOwner {
        _anchor(anchorId);
        _burn(from, amount);
    }

    /// Mirrors a custodial transfer between two people's wallets.
    function ledgerTransfer(address from, address to, uint256 amount, bytes32 anchorId) external onlyOwner {
        _anchor(anchorId);
        _transfer(from, to, amount);
    }

    function transfer(address, uint256) public pure override returns (bool) {
        revert LedgerMirrorOnly();
    }

    function transferFrom(address, address, uint256) public pure override returns (bool) {
        revert LedgerMirrorOnly();
    }

    function approve(address, uint256) public pure override returns (bool) {
        revert LedgerMirrorOnly();
    }

    function _anchor(bytes32 anchorId) private {
        if (anchored[anchorId]) revert AlreadyAnchored(anchorId);
        anchored[anchorId] = true;
        emit Anchored(anchorId);
    }
}
