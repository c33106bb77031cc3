// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC721} from "@openzeppelin/contracts/token/ERC721/IERC721.sol";
import {IERC721Metadata} from "@openzeppelin/contracts/token/ERC721/extensions/IERC721Metadata.sol";
import {IERC721Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {ERC165, IERC165} from "@openzeppelin/contracts/utils/introspection/ERC165.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IERC5192} from "./IERC5192.sol";

/// @title ScrollBadge: soulbound ScrollForge course credentials (ERC-721 + ERC-5192).
/// @notice Every token is locked from birth: transfers and approvals revert, so a badge stays with the
/// person it was issued to. The chain holds the metadata URI and the keccak256 of its canonical JSON,
/// never personal data. A metadata hash can be minted once, so resending a mint never issues a second
/// token for the same credential.
/// @dev Implements the soulbound subset of ERC-721 over OpenZeppelin's interfaces rather than extending
/// OpenZeppelin's ERC721: since 5.x that contract pulls in code using the Cancun `mcopy` opcode, which the
/// in-process chain (ganache 7, Shanghai) cannot run, and a token that never moves needs none of it.
contract ScrollBadge is ERC165, IERC721, IERC721Metadata, IERC721Errors, IERC5192, Ownable {
    uint256 private _nextTokenId = 1;
    mapping(uint256 => address) private _owners;
    mapping(address => uint256) private _balances;
    mapping(uint256 => string) private _tokenUris;
    mapping(uint256 => bytes32) private _metadataHashes;
    /// metadataHash => tokenId (0 when never minted).
    mapping(bytes32 => uint256) public tokenOfMetadataHash;

    event BadgeMinted(uint256 indexed tokenId, address indexed to, bytes32 indexed metadataHash);

    error Soulbound();
    error MetadataAlreadyMinted(bytes32 metadataHash, uint256 tokenId);

    constructor(address initialOwner) Ownable(initialOwner) {}

    function name() external pure returns (string memory) {
        return "ScrollBadge";
    }

    function symbol() external pure returns (string memory) {
        return "SCRLBDG";
    }

    function mint(address to, string calldata tokenUri, bytes32 metadataHash) external onlyOwner returns (uint256 tokenId) {
        if (to == address(0)) revert ERC721InvalidReceiver(address(0));
        uint256 existing = tokenOfMetadataHash[metadataHash];
        if (existing != 0) revert MetadataAlreadyMinted(metadataHash, existing);
        tokenId = _nextTokenId++;
        tokenOfMetadataHash[metadataHash] = tokenId;
        _metadataHashes[tokenId] = metadataHash;
        _tokenUris[tokenId] = tokenUri;
        _owners[tokenId] = to;
        _balances[to] += 1;
        emit Transfer(address(0), to, tokenId);
        emit Locked(tokenId);
        emit BadgeMinted(tokenId, to, metadataHash);
    }

    function totalSupply() external view returns (uint256) {
        return _nextTokenId - 1;
    }

    function metadataHashOf(uint256 tokenId) external view returns (bytes32) {
        _requireOwned(tokenId);
        return _metadataHashes[tokenId];
    }

    function tokenURI(uint256 tokenId) external view returns (string memory) {
        _requireOwned(tokenId);
        return _tokenUris[tokenId];
    }

    function locked(uint256 tokenId) external view returns (bool) {
        _requireOwned(tokenId);
        return true;
    }

    function balanceOf(address owner) external view returns (uint256) {
        if (owner == address(0)) revert ERC721InvalidOwner(address(0));
        return _balances[owner];
    }

    function ownerOf(uint256 tokenId) external view returns (address) {
        return _requireOwned(tokenId);
    }

    function getApproved(uint256 tokenId) external view returns (address) {
        _requireOwned(tokenId);
        return address(0);
    }

    function isApprovedForAll(address, address) external pure returns (bool) {
        return false;
    }

    function approve(address, uint256) external pure {
        revert Soulbound();
    }

    function setApprovalForAll(address, bool) external pure {
        revert Soulbound();
    }

    function transferFrom(address, address, uint256) external pure {
        revert Soulbound();
    }

    function safeTransferFrom(address, address, uint256) external pure {
        revert Soulbound();
    }

    function safeTransferFrom(address, address, uint256, bytes calldata) external pure {
        revert Soulbound();
    }

    function supportsInterface(bytes4 interfaceId) public view override(ERC165, IERC165) returns (bool) {
        return
            interfaceId == type(IERC721).interfaceId ||
            interfaceId == type(IERC721Metadata).interfaceId ||
            interfaceId == type(IERC5192).interfaceId ||
            super.supportsInterface(interfaceId);
    }

    function _requireOwned(uint256 tokenId) private view returns (address owner) {
        owner = _owners[tokenId];
        if (owner == address(0)) revert ERC721NonexistentToken(tokenId);
    }
}
