namespace HmiApp.Domain.Modbus;

/// <summary>How the bits of a point are read as a value.</summary>
public enum PointDataType
{
    /// <summary>Signed byte in the low byte (bits 7..0) of one register.</summary>
    Int8L,

    /// <summary>Signed byte in the high byte (bits 15..8) of one register.</summary>
    Int8H,

    /// <summary>Unsigned byte in the low byte (bits 7..0) of one register.</summary>
    UInt8L,

    /// <summary>Unsigned byte in the high byte (bits 15..8) of one register.</summary>
    UInt8H,

    Int16,
    UInt16,
    Int32,
    UInt32,
    Int64,
    UInt64,

    /// <summary>IEEE 754 half precision in one register.</summary>
    Float16,

    /// <summary>IEEE 754 single precision in two registers.</summary>
    Float32,

    /// <summary>IEEE 754 double precision in four registers.</summary>
    Float64,

    /// <summary>Single-byte characters, two per register, NUL padded.</summary>
    String,

    /// <summary>One bit (index 0 = least significant) of one register.</summary>
    Bit,

    /// <summary>One coil or discrete input.</summary>
    Boolean,

    /// <summary>KNX DPT 9.001 two-byte float (value = 0.01 · M · 2^E), as used by the Rehau Nea Smart 2.0 gateway.</summary>
    KnxFloat16,
}
