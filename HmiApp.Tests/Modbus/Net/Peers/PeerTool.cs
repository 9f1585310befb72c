namespace HmiApp.Tests.Modbus.Net.Peers;

/// <summary>Independent Modbus implementations the tests run against, each from a Debian package.</summary>
public enum PeerTool
{
    Pymodbus,
    Libmodbus,
    Mbpoll,
}
