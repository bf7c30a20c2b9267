// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import "./StakedBNBToken.sol";

/// pSTAKE's StakePool for BNB, as users and the operator's bot see it: deposit BNB for stkBNB at the pool's
/// exchange rate, unstake by sending stkBNB to the pool (the token calls `tokensReceived`), claim the BNB once the
/// cooldown has passed and the claim reserve covers it. Same external interface, events, errors and integer math
/// as the public stkBNB contracts. On a local chain there is no Beacon Chain: deposits stay in this contract, and
/// the bot's `unbondingFinished` moves what it unbonded into the claim reserve instead of receiving it back.
contract StakePool is IERC777Recipient {
    struct FeeDistribution {
        uint256 reward;
        uint256 deposit;
        uint256 withdraw;
    }

    struct Config {
        address bcStakingWallet;
        uint256 minCrossChainTransfer;
        uint256 transferOutTimeout;
        uint256 minBNBDeposit;
        uint256 minTokenWithdrawal;
        uint256 cooldownPeriod;
        FeeDistribution fee;
    }

    struct ExchangeRate {
        uint256 totalWei;
        uint256 poolTokenSupply;
    }

    struct ClaimRequest {
        uint256 weiToReturn;
        uint256 createdAt;
    }

    bytes32 public constant DEFAULT_ADMIN_ROLE = 0x00;
    bytes32 public constant BOT_ROLE = keccak256("BOT_ROLE");
    /// fees are fractions of 1e11 (2% = 2e9)
    uint256 private constant _FEE_BASIS = 1e11;

    StakedBNBToken public immutable stkBNB;
    address public immutable feeVault;

    Config public config;
    ExchangeRate public exchangeRate;
    mapping(address => ClaimRequest[]) public claimReqs;

    bool private _paused;
    bool private _entered;
    int256 private _bnbToUnbond;
    uint256 private _bnbUnbonding;
    uint256 private _claimReserve;
    mapping(bytes32 => mapping(address => bool)) private _roles;

    event ConfigUpdated();
    event Deposit(address indexed user, uint256 bnbAmount, uint256 poolTokenAmount, uint256 timestamp);
    event Withdraw(address indexed user, uint256 poolTokenAmount, uint256 bnbAmount, uint256 timestamp);
    event Claim(address indexed user, ClaimRequest req, uint256 timestamp);
    event EpochUpdate(uint256 bnbRewards, uint256 feeTokens);
    event UnbondingInitiated(uint256 bnbUnbonding);
    event UnbondingFinished(uint256 unbondedAmount);
    event Paused(address account);
    event Unpaused(address account);
    event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender);
    event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender);

    error UnknownSender();
    error LessThanMinimum(string tag, uint256 expected, uint256 got);
    error DustNotAllowed(uint256 dust);
    error TokenMintingToSelfNotAllowed();
    error TokenTransferToSelfNotAllowed();
    error UnexpectedlyReceivedTokensForSomeoneElse(address to);
    error CantClaimBeforeDeadline();
    error InsufficientFundsToSatisfyClaim();
    error InsufficientClaimReserve();
    error BNBTransferToUserFailed();
    error IndexOutOfBounds(uint256 index);
    error ToIndexMustBeGreaterThanFromIndex(uint256 from, uint256 to);
    error PausablePaused();
    error PausableNotPaused();
    error ReentrancyGuardReentrantCall();
    error AddressZero();
    error NumeratorMoreThanBasis();
    error CantSetMoreThan30PercentFee();
    error MissingRole(bytes32 role, address account);

    constructor(StakedBNBToken token, address feeVault_, Config memory config_) {
        if (address(token) == address(0) || feeVault_ == address(0)) revert AddressZero();
        stkBNB = token;
        feeVault = feeVault_;
        _setConfig(config_);
        _roles[DEFAULT_ADMIN_ROLE][msg.sender] = true;
        emit RoleGranted(DEFAULT_ADMIN_ROLE, msg.sender, msg.sender);
    }

    modifier onlyRole(bytes32 role) {
        if (!_roles[role][msg.sender]) revert MissingRole(role, msg.sender);
        _;
    }

    modifier whenNotPaused() {
        if (_paused) revert PausablePaused();
        _;
    }

    modifier nonReentrant() {
        if (_entered) revert ReentrancyGuardReentrantCall();
        _entered = true;
        _;
        _entered = false;
    }

    // ---- admin ----

    function hasRole(bytes32 role, address account) external view returns (bool) {
        return _roles[role][account];
    }

    function grantRole(bytes32 role, address account) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (!_roles[role][account]) {
            _roles[role][account] = true;
            emit RoleGranted(role, account, msg.sender);
        }
    }

    function revokeRole(bytes32 role, address account) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (_roles[role][account]) {
            delete _roles[role][account];
            emit RoleRevoked(role, account, msg.sender);
        }
    }

    function pause() external onlyRole(DEFAULT_ADMIN_ROLE) whenNotPaused {
        _paused = true;
        emit Paused(msg.sender);
    }

    function unpause() external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (!_paused) revert PausableNotPaused();
        _paused = false;
        emit Unpaused(msg.sender);
    }

    /// Allowed while paused, like the original.
    function updateConfig(Config calldata config_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setConfig(config_);
        emit ConfigUpdated();
    }

    // ---- users ----

    function deposit() external payable whenNotPaused nonReentrant {
        _checkMinAndDust("Deposit", config.minBNBDeposit, msg.value);
        uint256 poolTokens = _poolTokensForDeposit(msg.value);
        uint256 feeTokens = _applyFee(config.fee.deposit, poolTokens);
        uint256 userTokens = poolTokens - feeTokens;

        exchangeRate.totalWei += msg.value;
        exchangeRate.poolTokenSupply += poolTokens;

        stkBNB.mint(msg.sender, userTokens, "", "");
        if (feeTokens > 0) stkBNB.mint(feeVault, feeTokens, "", "");
        emit Deposit(msg.sender, msg.value, userTokens, block.timestamp);
    }

    /// Unstake: called by the token after a user sent stkBNB here.
    function tokensReceived(
        address,
        address from,
        address to,
        uint256 amount,
        bytes calldata,
        bytes calldata
    ) external override whenNotPaused nonReentrant {
        _checkMinAndDust("Withdrawal", config.minTokenWithdrawal, amount);
        if (msg.sender != address(stkBNB)) revert UnknownSender();
        if (from == address(0)) revert TokenMintingToSelfNotAllowed();
        if (from == address(this)) revert TokenTransferToSelfNotAllowed();
        if (to != address(this)) revert UnexpectedlyReceivedTokensForSomeoneElse(to);

        uint256 feeTokens = _applyFee(config.fee.withdraw, amount);
        uint256 burnTokens = amount - feeTokens;
        uint256 weiToReturn = _weiForWithdrawal(burnTokens);

        claimReqs[from].push(ClaimRequest(weiToReturn, block.timestamp));
        _bnbToUnbond += int256(weiToReturn);
        exchangeRate.totalWei -= weiToReturn;
        exchangeRate.poolTokenSupply -= burnTokens;

        stkBNB.burn(burnTokens, "");
        if (feeTokens > 0) stkBNB.send(feeVault, feeTokens, "");
        emit Withdraw(from, amount, weiToReturn, block.timestamp);
    }

    /// Pays every request that is past its cooldown, in the order the swap-and-pop leaves them.
    function claimAll() external whenNotPaused nonReentrant {
        uint256 count = claimReqs[msg.sender].length;
        uint256 i = 0;
        while (i < count) {
            if (_claim(i, msg.sender)) {
                --count;
                continue;
            }
            ++i;
        }
    }

    function claim(uint256 index) external whenNotPaused nonReentrant {
        if (!_claim(index, msg.sender)) revert CantClaimBeforeDeadline();
    }

    // ---- the operator's bot ----

    /// Staking rewards earned since the last epoch: the fee share is minted to the fee vault as stkBNB.
    function epochUpdate(uint256 bnbRewards) external whenNotPaused onlyRole(BOT_ROLE) {
        uint256 feeWei = _applyFee(config.fee.reward, bnbRewards);
        uint256 feeTokens = (feeWei * exchangeRate.poolTokenSupply) / (exchangeRate.totalWei + bnbRewards - feeWei);
        exchangeRate.totalWei += bnbRewards;
        exchangeRate.poolTokenSupply += feeTokens;
        stkBNB.mint(feeVault, feeTokens, "", "");
        emit EpochUpdate(bnbRewards, feeTokens);
    }

    function unbondingInitiated(uint256 bnbUnbonding_) external whenNotPaused onlyRole(BOT_ROLE) {
        _bnbToUnbond -= int256(bnbUnbonding_);
        _bnbUnbonding += bnbUnbonding_;
        emit UnbondingInitiated(bnbUnbonding_);
    }

    /// Locally the unbonded BNB never left: it moves from "unbonding" into the claim reserve.
    function unbondingFinished() external whenNotPaused onlyRole(BOT_ROLE) {
        uint256 unbonded = _bnbUnbonding;
        if (address(this).balance < _claimReserve + unbonded) revert InsufficientFundsToSatisfyClaim();
        _bnbUnbonding = 0;
        _claimReserve += unbonded;
        emit UnbondingFinished(unbonded);
    }

    /// BNB coming back to the pool (rewards, unbonded funds) from the bot, the local stand-in for the undelegation holder.
    receive() external payable whenNotPaused {
        if (!_roles[BOT_ROLE][msg.sender]) revert UnknownSender();
    }

    // ---- views ----

    function paused() external view returns (bool) {
        return _paused;
    }

    function bnbToUnbond() external view returns (int256) {
        return _bnbToUnbond;
    }

    function bnbUnbonding() external view returns (uint256) {
        return _bnbUnbonding;
    }

    function claimReserve() external view returns (uint256) {
        return _claimReserve;
    }

    function getClaimRequestCount(address user) external view returns (uint256) {
        return claimReqs[user].length;
    }

    /// Requests [from, to) in storage order (not sorted; claims reshuffle it).
    function getPaginatedClaimRequests(address user, uint256 from, uint256 to) external view returns (ClaimRequest[] memory) {
        ClaimRequest[] storage reqs = claimReqs[user];
        if (from >= reqs.length) revert IndexOutOfBounds(from);
        if (from >= to) revert ToIndexMustBeGreaterThanFromIndex(from, to);
        if (to > reqs.length) to = reqs.length;
        ClaimRequest[] memory page = new ClaimRequest[](to - from);
        for (uint256 i = 0; i < to - from; ++i) page[i] = reqs[from + i];
        return page;
    }

    // ---- internals ----

    function _claim(uint256 index, address owner) private returns (bool) {
        ClaimRequest[] storage reqs = claimReqs[owner];
        if (index >= reqs.length) revert IndexOutOfBounds(index);
        ClaimRequest memory req = reqs[index];
        // strictly after the deadline
        if (block.timestamp <= req.createdAt + config.cooldownPeriod) return false;
        if (address(this).balance < req.weiToReturn) revert InsufficientFundsToSatisfyClaim();
        if (_claimReserve < req.weiToReturn) revert InsufficientClaimReserve();

        _claimReserve -= req.weiToReturn;
        reqs[index] = reqs[reqs.length - 1];
        reqs.pop();

        (bool sent, ) = owner.call{value: req.weiToReturn}("");
        if (!sent) revert BNBTransferToUserFailed();
        emit Claim(owner, req, block.timestamp);
        return true;
    }

    function _checkMinAndDust(string memory tag, uint256 minVal, uint256 gotVal) private pure {
        if (gotVal < minVal) revert LessThanMinimum(tag, minVal, gotVal);
        uint256 dust = gotVal % minVal;
        if (dust != 0) revert DustNotAllowed(dust);
    }

    function _poolTokensForDeposit(uint256 weiAmount) private view returns (uint256) {
        if (exchangeRate.totalWei == 0 || exchangeRate.poolTokenSupply == 0) return weiAmount;
        return (weiAmount * exchangeRate.poolTokenSupply) / exchangeRate.totalWei;
    }

    function _weiForWithdrawal(uint256 poolTokens) private view returns (uint256) {
        uint256 numerator = poolTokens * exchangeRate.totalWei;
        uint256 denominator = exchangeRate.poolTokenSupply;
        if (numerator < denominator || denominator == 0) return 0;
        return numerator / denominator;
    }

    function _applyFee(uint256 fee, uint256 amount) private pure returns (uint256) {
        return (amount * fee) / _FEE_BASIS;
    }

    function _checkFee(uint256 fee) private pure {
        if (fee > _FEE_BASIS) revert NumeratorMoreThanBasis();
        if (fee > (_FEE_BASIS / 100) * 30) revert CantSetMoreThan30PercentFee();
    }

    function _setConfig(Config memory config_) private {
        _checkFee(config_.fee.reward);
        _checkFee(config_.fee.deposit);
        _checkFee(config_.fee.withdraw);
        // a zero minimum would make the dust check divide by zero
        if (config_.minBNBDeposit == 0) revert LessThanMinimum("MinBNBDeposit", 1, 0);
        if (config_.minTokenWithdrawal == 0) revert LessThanMinimum("MinTokenWithdrawal", 1, 0);
        config = config_;
    }
}
