namespace HmiApp.Infrastructure.Heating;

/// <summary>How the HMI reaches the Nea Smart 2.0 system bus (configuration key <c>Heating:Mode</c>).</summary>
public enum HeatingMode
{
    /// <summary>The HMI is the Modbus slave the base station polls (through the serial-to-TCP converter).</summary>
    Gateway,

    /// <summary>The HMI is a Modbus master that polls a slave holding the same register map.</summary>
    Client,

    /// <summary>No heating installation.</summary>
    Disabled,
}
