// The chain side of the economy: people's chain addresses and linking their own wallet.
import './chain-address';
