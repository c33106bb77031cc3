// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title Minimal Soulbound NFTs (ERC-5192). Interface id 0xb45a3c0e.
interface IERC5192 {
    /// Emitted when the locking status is changed to locked.
    event Locked(uint256 tokenId);

    /// Emitted when the locking status is changed to unlocked.
    event Unlocked(uint256 tokenId);

    /// Returns the locking status of a soulbound token.
    function locked(uint256 tokenId) external view returns (bool);
}
