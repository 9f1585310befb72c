using System.Buffers.Binary;
using System.Net.Sockets;
using HmiApp.Infrastructure.Modbus;

namespace HmiApp.Tests.Modbus.Net;

/// <summary>Our client against devices that misbehave in the ways field devices do.</summary>
public sealed class ClientFaultTests
{
    // Tests that expect a timeout use a short one; tests that expect answers use ModbusClients.Patient.
    private static readonly ModbusConnectionPolicy ShortTimeout = new() { RequestTimeout = TimeSpan.FromMilliseconds(150) };

    [Fact]
    public async Task Late_answer_after_the_timeout_is_not_taken_for_the_next_request()
    {
        await using var device = new MisbehavingDevice(async (socket, _, token) =>
        {
            var first = await MisbehavingDevice.ReadRequestAsync(socket, token);
            // Answer the first request only once the client, having timed out, sent the second.
            var second = await MisbehavingDevice.ReadRequestAsync(socket, token);
            await socket.SendAsync(MisbehavingDevice.RegisterResponse(first!, 111), token);
            await socket.SendAsync(MisbehavingDevice.RegisterResponse(second!, 222), token);
            await MisbehavingDevice.ReadRequestAsync(socket, token);
        });
        await using var client = ModbusClients.Loopback(device.Port, ShortTimeout with { RequestTimeout = TimeSpan.FromSeconds(1) });
        var registers = new ushort[3];

        var timeout = await Assert.ThrowsAsync<ModbusTimeoutException>(async () => await client.ReadHoldingRegistersAsync(1, 0, registers));
        Assert.Contains("unit 1", timeout.Message);
        Assert.Contains("1000 ms", timeout.Message);

        await client.ReadHoldingRegistersAsync(1, 0, registers);
        Assert.Equal(new ushort[] { 222, 222, 222 }, registers);
        Assert.Equal(1, device.AcceptedConnections);
    }

    [Fact]
    public async Task Garbage_answer_is_a_protocol_error_and_the_connection_is_dropped()
    {
        var closedByClient = new TaskCompletionSource();
        await using var device = new MisbehavingDevice(async (socket, index, token) =>
        {
            var request = await MisbehavingDevice.ReadRequestAsync(socket, token);
            if (index == 0)
            {
                await socket.SendAsync(new byte[] { 0x12, 0x34, 0x00, 0x07, 0x00, 0x03, 0xFF, 0xFF, 0xFF }, token);
                if (await MisbehavingDevice.ReadRequestAsync(socket, token) is null)
                {
                    closedByClient.TrySetResult();
                }

                return;
            }

            while (request is not null)
            {
                await socket.SendAsync(MisbehavingDevice.RegisterResponse(request, 7), token);
                request = await MisbehavingDevice.ReadRequestAsync(socket, token);
            }
        });
        await using var client = ModbusClients.Loopback(device.Port, ModbusClients.Patient);
        var registers = new ushort[2];

        var error = await Assert.ThrowsAsync<ModbusProtocolException>(async () => await client.ReadHoldingRegistersAsync(1, 0, registers));
        Assert.Contains("protocol id 7", error.Message);
        await closedByClient.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.False(client.IsConnected);
    }

    [Theory]
    [InlineData("wrong function", new byte[] { 0x04, 0x02, 0x00, 0x01 })]
    [InlineData("wrong byte count", new byte[] { 0x03, 0x03, 0x00, 0x01, 0x00 })]
    [InlineData("short exception", new byte[] { 0x83 })]
    public async Task Answers_that_do_not_fit_the_request_are_protocol_errors(string what, byte[] pdu)
    {
        await using var device = new MisbehavingDevice(async (socket, _, token) =>
        {
            var request = (await MisbehavingDevice.ReadRequestAsync(socket, token))!;
            var response = new byte[7 + pdu.Length];
            request.AsSpan(0, 4).CopyTo(response);
            BinaryPrimitives.WriteUInt16BigEndian(response.AsSpan(4), (ushort)(pdu.Length + 1));
            response[6] = request[6];
            pdu.CopyTo(response, 7);
            await socket.SendAsync(response, token);
            await MisbehavingDevice.ReadRequestAsync(socket, token);
        });
        await using var client = ModbusClients.Loopback(device.Port, ModbusClients.Patient);

        var error = await Assert.ThrowsAnyAsync<ModbusException>(async () => await client.ReadHoldingRegistersAsync(1, 0, new ushort[1]));
        Assert.True(error is ModbusProtocolException, $"{what}: expected a protocol error, got {error.GetType().Name}: {error.Message}");
    }

    [Theory]
    [InlineData(ModbusExceptionCode.IllegalFunction, "illegal function")]
    [InlineData(ModbusExceptionCode.IllegalDataAddress, "illegal data address")]
    [InlineData(ModbusExceptionCode.IllegalDataValue, "illegal data value")]
    [InlineData(ModbusExceptionCode.ServerDeviceFailure, "server device failure")]
    [InlineData(ModbusExceptionCode.Acknowledge, "acknowledge: accepted, still processing")]
    [InlineData(ModbusExceptionCode.ServerDeviceBusy, "server device busy")]
    [InlineData(ModbusExceptionCode.GatewayPathUnavailable, "gateway path unavailable")]
    [InlineData(ModbusExceptionCode.GatewayTargetDeviceFailedToRespond, "gateway target device failed to respond")]
    public async Task Exception_responses_are_typed_with_function_unit_and_address(ModbusExceptionCode code, string description)
    {
        await using var device = new MisbehavingDevice(async (socket, _, token) =>
        {
            while (await MisbehavingDevice.ReadRequestAsync(socket, token) is { } request)
            {
                var response = new byte[9];
                request.AsSpan(0, 4).CopyTo(response);
                response[5] = 3;
                response[6] = request[6];
                response[7] = (byte)(request[7] | 0x80);
                response[8] = (byte)code;
                await socket.SendAsync(response, token);
            }
        });
        await using var client = ModbusClients.Loopback(device.Port);

        var error = await Assert.ThrowsAsync<ModbusExceptionResponse>(async () => await client.WriteMultipleCoilsAsync(17, 4321, new[] { true, false }));

        Assert.Equal(code, error.Code);
        Assert.Equal(ModbusFunctionCode.WriteMultipleCoils, error.Function);
        Assert.Equal(17, error.UnitId);
        Assert.Equal(4321, error.Address);
        Assert.Equal($"Unit 17 answered WriteMultipleCoils (function 15) at address 4321 with exception {(byte)code} ({description}).", error.Message);
        Assert.True(client.IsConnected, "an exception response is a valid answer and keeps the connection");
    }

    [Fact]
    public async Task Device_closing_an_idle_connection_is_recovered_without_an_error()
    {
        await using var device = new MisbehavingDevice(async (socket, index, token) =>
        {
            var request = await MisbehavingDevice.ReadRequestAsync(socket, token);
            await socket.SendAsync(MisbehavingDevice.RegisterResponse(request!, (ushort)(100 + index)), token);
            // Then hang up, as devices with a short idle timeout do.
        });
        await using var client = ModbusClients.Loopback(device.Port, ModbusClients.Patient);
        var registers = new ushort[1];

        await client.ReadHoldingRegistersAsync(1, 0, registers);
        Assert.Equal(100, registers[0]);
        await WaitUntil(() => device.AcceptedConnections == 1);

        await client.ReadHoldingRegistersAsync(1, 0, registers);
        Assert.Equal(101, registers[0]);
        await client.ReadHoldingRegistersAsync(1, 0, registers);
        Assert.Equal(102, registers[0]);
        Assert.Equal(3, device.AcceptedConnections);
    }

    [Fact]
    public async Task Device_accepting_one_connection_only_is_served_by_one_shared_client()
    {
        await using var device = new MisbehavingDevice(async (socket, index, token) =>
        {
            if (index > 0)
            {
                return;
            }

            while (await MisbehavingDevice.ReadRequestAsync(socket, token) is { } request)
            {
                // Echo the start address as the value so each caller can check it got its own answer.
                var address = BinaryPrimitives.ReadUInt16BigEndian(request.AsSpan(8));
                await socket.SendAsync(MisbehavingDevice.RegisterResponse(request, address), token);
            }
        });
        await using var client = ModbusClients.Loopback(device.Port, ModbusClients.Patient);

        var callers = Enumerable.Range(0, 16).Select(async caller =>
        {
            var registers = new ushort[4];
            for (var i = 0; i < 25; i++)
            {
                var address = (ushort)((caller * 100) + i);
                await client.ReadHoldingRegistersAsync(1, address, registers);
                Assert.All(registers, r => Assert.Equal(address, r));
            }
        });
        await Task.WhenAll(callers);
        Assert.Equal(1, device.AcceptedConnections);
    }

    [Fact]
    public async Task Refused_connection_is_a_connection_error_and_the_retry_waits_for_the_backoff()
    {
        var port = FreePort.Next();
        await using var client = ModbusClients.Loopback(port, ShortTimeout with { ReconnectDelayMin = TimeSpan.FromSeconds(5), ReconnectDelayMax = TimeSpan.FromSeconds(10) });

        var refused = await Assert.ThrowsAsync<ModbusConnectionException>(async () => await client.ReadHoldingRegistersAsync(1, 0, new ushort[1]));
        Assert.Contains("ConnectionRefused", refused.Message);
        var backingOff = await Assert.ThrowsAsync<ModbusConnectionException>(async () => await client.ReadHoldingRegistersAsync(1, 0, new ushort[1]));
        Assert.Contains("backoff", backingOff.Message);
    }

    [Theory]
    [InlineData("closes every connection at once")]
    [InlineData("answers every request with garbage")]
    public async Task Hostile_device_gets_a_bounded_number_of_connects(string behaviour)
    {
        await using var device = new MisbehavingDevice(async (socket, _, token) =>
        {
            if (behaviour.StartsWith("answers", StringComparison.Ordinal))
            {
                await MisbehavingDevice.ReadRequestAsync(socket, token);
                await socket.SendAsync(new byte[] { 0, 0, 0x55, 0x55, 0, 3, 1, 3, 0 }, token);
                await MisbehavingDevice.ReadRequestAsync(socket, token);
            }
        });
        var policy = ShortTimeout with { ReconnectDelayMin = TimeSpan.FromMilliseconds(50), ReconnectDelayMax = TimeSpan.FromSeconds(2) };
        await using var client = ModbusClients.Loopback(device.Port, policy);

        var attempts = 0;
        var window = TimeSpan.FromSeconds(1.5);
        var end = DateTime.UtcNow + window;
        while (DateTime.UtcNow < end)
        {
            attempts++;
            await Assert.ThrowsAnyAsync<ModbusException>(async () => await client.ReadHoldingRegistersAsync(1, 0, new ushort[1]));
            await Task.Delay(1);
        }

        // 50 ms doubling with 20 % jitter allows at most 6 connects in 1.5 s (0, 0.05, 0.15, 0.35, 0.75, 1.55 nominal).
        Assert.True(attempts > 20, $"the client was asked only {attempts} times");
        await WaitUntil(() => device.AcceptedConnections >= 2);
        Assert.InRange(device.AcceptedConnections, 2, 6);
    }

    [Fact]
    public async Task Device_answering_with_transaction_id_zero_works_when_the_policy_says_so()
    {
        await using var device = new MisbehavingDevice(async (socket, _, token) =>
        {
            while (await MisbehavingDevice.ReadRequestAsync(socket, token) is { } request)
            {
                await socket.SendAsync(MisbehavingDevice.RegisterResponse(request, 55, transactionId: 0), token);
            }
        });
        var registers = new ushort[2];

        await using (var tolerant = ModbusClients.Loopback(device.Port, ModbusClients.Patient with { DeviceAnswersTransactionIdZero = true }))
        {
            for (var i = 0; i < 3; i++)
            {
                registers[0] = 0;
                await tolerant.ReadHoldingRegistersAsync(1, 0, registers);
                Assert.Equal(55, registers[0]);
            }
        }

        await using var strict = ModbusClients.Loopback(device.Port, ShortTimeout);
        await Assert.ThrowsAsync<ModbusTimeoutException>(async () => await strict.ReadHoldingRegistersAsync(1, 0, registers));
    }

    [Fact]
    public async Task Silent_device_times_out_and_caller_cancellation_is_not_a_timeout()
    {
        await using var device = new MisbehavingDevice(async (socket, _, token) =>
        {
            while (await MisbehavingDevice.ReadRequestAsync(socket, token) is not null)
            {
            }
        });
        await using var client = ModbusClients.Loopback(device.Port, ShortTimeout with { RequestTimeout = TimeSpan.FromSeconds(30) });

        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await client.ReadHoldingRegistersAsync(1, 0, new ushort[1], cancel.Token));

        await using var impatient = ModbusClients.Loopback(device.Port, ShortTimeout);
        await Assert.ThrowsAsync<ModbusTimeoutException>(async () => await impatient.WriteSingleRegisterAsync(1, 0, 1));
    }

    [Fact]
    public async Task Per_poll_connection_mode_closes_when_the_poll_ends()
    {
        await using var device = new MisbehavingDevice(async (socket, _, token) =>
        {
            while (await MisbehavingDevice.ReadRequestAsync(socket, token) is { } request)
            {
                await socket.SendAsync(MisbehavingDevice.RegisterResponse(request, 9), token);
            }
        });
        await using var client = ModbusClients.Loopback(device.Port, ModbusClients.Patient with { Mode = ModbusConnectionMode.ClosePerPoll });

        for (var poll = 1; poll <= 3; poll++)
        {
            await client.ReadHoldingRegistersAsync(1, 0, new ushort[1]);
            await client.ReadInputRegistersAsync(1, 0, new ushort[1]);
            await client.EndPollAsync();
            Assert.False(client.IsConnected);
            Assert.Equal(poll, device.AcceptedConnections);
        }
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not met within 5 s");
            await Task.Delay(5);
        }
    }
}
