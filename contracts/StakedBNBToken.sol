// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// The pool's hook, called after tokens reach it (ERC777's IERC777Recipient).
interface IERC777Recipient {
    function tokensReceived(
        address operator,
        address from,
        address to,
        uint256 amount,
        bytes calldata userData,
        bytes calldata operatorData
    ) external;
}

/// stkBNB: the liquid staking token. ERC20 and ERC777's external interface (name "Staked BNB", 18 decimals,
/// granularity 1). Instead of the ERC1820 registry (absent from a fresh local chain) the token knows the one
/// contract with a receive hook, the StakePool: sending or transferring stkBNB to it calls its `tokensReceived`,
/// which is how a user unstakes. Only the pool mints and burns.
contract StakedBNBToken {
    string public constant name = "Staked BNB";
    string public constant symbol = "stkBNB";
    uint8 public constant decimals = 18;
    uint256 public constant granularity = 1;

    uint256 public totalSupply;
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;
    mapping(address => mapping(address => bool)) private _operators;

    address public immutable admin;
    address public stakePool;

    event Transfer(address indexed from, address indexed to, uint256 value);
    event Approval(address indexed owner, address indexed spender, uint256 value);
    event Sent(address indexed operator, address indexed from, address indexed to, uint256 amount, bytes data, bytes operatorData);
    event Minted(address indexed operator, address indexed to, uint256 amount, bytes data, bytes operatorData);
    event Burned(address indexed operator, address indexed from, uint256 amount, bytes data, bytes operatorData);
    event AuthorizedOperator(address indexed operator, address indexed tokenHolder);
    event RevokedOperator(address indexed operator, address indexed tokenHolder);

    error OnlyAdmin();
    error OnlyStakePool();
    error StakePoolAlreadySet();
    error ZeroAddress();
    error InsufficientBalance(uint256 balance, uint256 needed);
    error InsufficientAllowance(uint256 allowance, uint256 needed);
    error NotOperatorFor(address operator, address holder);
    error SelfOperator();
    error RecipientHasNoHook(address recipient);

    constructor() {
        admin = msg.sender;
    }

    /// Set once, right after the pool is deployed.
    function setStakePool(address pool) external {
        if (msg.sender != admin) revert OnlyAdmin();
        if (stakePool != address(0)) revert StakePoolAlreadySet();
        if (pool == address(0)) revert ZeroAddress();
        stakePool = pool;
    }

    // ---- ERC20 ----

    function transfer(address to, uint256 amount) external returns (bool) {
        _send(msg.sender, msg.sender, to, amount, "", "", false);
        return true;
    }

    function approve(address spender, uint256 amount) external returns (bool) {
        if (spender == address(0)) revert ZeroAddress();
        allowance[msg.sender][spender] = amount;
        emit Approval(msg.sender, spender, amount);
        return true;
    }

    function transferFrom(address holder, address to, uint256 amount) external returns (bool) {
        uint256 allowed = allowance[holder][msg.sender];
        if (allowed != type(uint256).max) {
            if (allowed < amount) revert InsufficientAllowance(allowed, amount);
            allowance[holder][msg.sender] = allowed - amount;
            emit Approval(holder, msg.sender, allowed - amount);
        }
        _send(msg.sender, holder, to, amount, "", "", false);
        return true;
    }

    // ---- ERC777 ----

    function send(address to, uint256 amount, bytes calldata data) external {
        _send(msg.sender, msg.sender, to, amount, data, "", true);
    }

    function operatorSend(address holder, address to, uint256 amount, bytes calldata data, bytes calldata operatorData) external {
        if (!isOperatorFor(msg.sender, holder)) revert NotOperatorFor(msg.sender, holder);
        _send(msg.sender, holder, to, amount, data, operatorData, true);
    }

    function isOperatorFor(address operator, address holder) public view returns (bool) {
        return operator == holder || _operators[holder][operator];
    }

    function authorizeOperator(address operator) external {
        if (operator == msg.sender) revert SelfOperator();
        _operators[msg.sender][operator] = true;
        emit AuthorizedOperator(operator, msg.sender);
    }

    function revokeOperator(address operator) external {
        if (operator == msg.sender) revert SelfOperator();
        delete _operators[msg.sender][operator];
        emit RevokedOperator(operator, msg.sender);
    }

    function defaultOperators() external pure returns (address[] memory) {
        return new address[](0);
    }

    // ---- the pool's mint and burn ----

    function mint(address to, uint256 amount, bytes calldata data, bytes calldata operatorData) external onlyStakePool {
        if (to == address(0)) revert ZeroAddress();
        totalSupply += amount;
        balanceOf[to] += amount;
        emit Minted(msg.sender, to, amount, data, operatorData);
        emit Transfer(address(0), to, amount);
    }

    function burn(uint256 amount, bytes calldata data) external onlyStakePool {
        _burn(msg.sender, msg.sender, amount, data, "");
    }

    function operatorBurn(address holder, uint256 amount, bytes calldata data, bytes calldata operatorData) external onlyStakePool {
        if (!isOperatorFor(msg.sender, holder)) revert NotOperatorFor(msg.sender, holder);
        _burn(msg.sender, holder, amount, data, operatorData);
    }

    modifier onlyStakePool() {
        if (msg.sender != stakePool) revert OnlyStakePool();
        _;
    }

    function _burn(address operator, address from, uint256 amount, bytes memory data, bytes memory operatorData) private {
        uint256 balance = balanceOf[from];
        if (balance < amount) revert InsufficientBalance(balance, amount);
        balanceOf[from] = balance - amount;
        totalSupply -= amount;
        emit Burned(operator, from, amount, data, operatorData);
        emit Transfer(from, address(0), amount);
    }

    /// Moves the balance first, then calls the pool's hook (ERC777 order). `requireHook`: ERC777's `send` refuses a
    /// contract recipient without a hook, so tokens are not stranded; ERC20's `transfer` does not.
    function _send(
        address operator,
        address from,
        address to,
        uint256 amount,
        bytes memory data,
        bytes memory operatorData,
        bool requireHook
    ) private {
        if (to == address(0)) revert ZeroAddress();
        uint256 balance = balanceOf[from];
        if (balance < amount) revert InsufficientBalance(balance, amount);
        balanceOf[from] = balance - amount;
        balanceOf[to] += amount;
        emit Sent(operator, from, to, amount, data, operatorData);
        emit Transfer(from, to, amount);
        if (to == stakePool) {
            IERC777Recipient(to).tokensReceived(operator, from, to, amount, data, operatorData);
        } else if (requireHook && to.code.length > 0) {
            revert RecipientHasNoHook(to);
        }
    }
}
