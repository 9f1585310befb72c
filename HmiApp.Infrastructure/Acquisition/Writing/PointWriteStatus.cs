namespace HmiApp.Infrastructure.Acquisition.Writing;

/// <summary>How a point write ended. Only <see cref="Written"/> means the device holds the value.</summary>
public enum PointWriteStatus
{
    /// <summary>Written and read back equal.</summary>
    Written,

    /// <summary>The point is not in the applied map.</summary>
    UnknownPoint,

    /// <summary>The point is read-only (not marked writable, or in a read-only table).</summary>
    NotWritable,

    /// <summary>Refused before anything was sent: outside the point's write limits, or not encodable.</summary>
    Refused,

    /// <summary>The device is not polled (disabled or not in the map), so there is no client to write through.</summary>
    DeviceUnavailable,

    /// <summary>The write (or the read-back) failed on the wire: timeout, connection, or a Modbus exception.</summary>
    Failed,

    /// <summary>The device answered the write but holds another value afterwards.</summary>
    ReadBackMismatch,
}
