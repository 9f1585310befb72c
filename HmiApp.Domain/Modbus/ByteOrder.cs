namespace HmiApp.Domain.Modbus;

/// <summary>
/// Order of the bytes of a value across its registers. Letters name the value's bytes from most (A) to least
/// significant, in the order they arrive on the wire. For 64-bit values the four-letter names keep their meaning
/// as "word order x byte order within a register": ABCD = big-endian words, normal bytes; CDAB = words swapped;
/// BADC = bytes swapped in every register; DCBA = both (fully little-endian).
/// </summary>
public enum ByteOrder
{
    /// <summary>16-bit, high byte first (Modbus standard).</summary>
    AB,

    /// <summary>16-bit, low byte first.</summary>
    BA,

    /// <summary>Most significant word first, high byte first in each register (Modbus standard, "big-endian").</summary>
    ABCD,

    /// <summary>Least significant word first, low byte first in each register (fully little-endian).</summary>
    DCBA,

    /// <summary>Most significant word first, low byte first in each register ("byte swap").</summary>
    BADC,

    /// <summary>Least significant word first, high byte first in each register ("word swap").</summary>
    CDAB,
}
