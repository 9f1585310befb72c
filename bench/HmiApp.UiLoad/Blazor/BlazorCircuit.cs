using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace HmiApp.UiLoad.Blazor;

/// <summary>
/// One real Blazor Server circuit driven without a browser, as blazor.web.js drives it: GET the page (prerendered,
/// with the component markers), negotiate on <c>/_blazor</c>, open the WebSocket with the "blazorpack" protocol,
/// <c>StartCircuit</c>, <c>UpdateRootComponents</c> with the page's markers, then acknowledge every render batch
/// (<c>OnRenderCompleted</c>) and answer every JS interop call with a void success. Nothing is rendered: each batch
/// is handed to <see cref="BatchReceived"/> with the moment it arrived.
/// </summary>
public sealed class BlazorCircuit : IAsyncDisposable
{
    private const string StartInvocation = "0";
    private static readonly TimeSpan PingInterval = TimeSpan.FromSeconds(15);

    private readonly ClientWebSocket socket;
    private readonly HttpClient http;
    private readonly Uri baseUri;
    private readonly SemaphoreSlim sending = new(1, 1);
    private readonly CancellationTokenSource stop = new();
    private readonly TaskCompletionSource<string> started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource firstRender = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task receiving = Task.CompletedTask;
    private Task pinging = Task.CompletedTask;

    private BlazorCircuit(ClientWebSocket socket, HttpClient http, Uri baseUri)
    {
        this.socket = socket;
        this.http = http;
        this.baseUri = baseUri;
    }

    /// <summary>Each render batch as it arrives (its bytes, the wall-clock time it was read off the socket).</summary>
    public event Action<byte[], DateTimeOffset>? BatchReceived;

    public string? CircuitId { get; private set; }

    public int RenderBatches { get; private set; }

    public int JsCalls { get; private set; }

    /// <summary>Why the server closed or failed the circuit, if it did.</summary>
    public string? Failure { get; private set; }

    public bool IsOpen => Failure is null && socket.State == WebSocketState.Open;

    /// <summary>Opens a circuit on <paramref name="path"/> with <paramref name="session"/>'s cookies and waits for its first render.</summary>
    public static async Task<BlazorCircuit> OpenAsync(SignedInSession session, string path, Action<BlazorCircuit>? beforeStart, CancellationToken cancellationToken)
    {
        var pageUri = new Uri(session.BaseUri, path);
        var page = PrerenderedPage.Parse(await session.Http.GetStringAsync(pageUri, cancellationToken));
        using var negotiate = await session.Http.PostAsync(new Uri(session.BaseUri, "_blazor/negotiate?negotiateVersion=1"), null, cancellationToken);
        negotiate.EnsureSuccessStatusCode();
        using var negotiation = JsonDocument.Parse(await negotiate.Content.ReadAsStringAsync(cancellationToken));
        var token = negotiation.RootElement.GetProperty("connectionToken").GetString()!;

        var socket = new ClientWebSocket();
        socket.Options.Cookies = session.Cookies;
        var endpoint = new UriBuilder(new Uri(session.BaseUri, "_blazor")) { Scheme = "ws", Query = "id=" + Uri.EscapeDataString(token) }.Uri;
        await socket.ConnectAsync(endpoint, cancellationToken);
        var circuit = new BlazorCircuit(socket, session.Http, session.BaseUri);
        beforeStart?.Invoke(circuit);
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes("{\"protocol\":\"blazorpack\",\"version\":1}\u001e"), WebSocketMessageType.Text, true, cancellationToken);
            circuit.receiving = circuit.ReceiveAsync();
            await circuit.InvokeAsync(StartInvocation, "StartCircuit", session.BaseUri.ToString(), pageUri.ToString(), "[]", page.ApplicationState);
            circuit.CircuitId = await circuit.started.Task.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
            await circuit.InvokeAsync(null, "UpdateRootComponents", page.AddOperations(), page.ApplicationState);
            await circuit.firstRender.Task.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
            circuit.pinging = circuit.PingAsync();
            return circuit;
        }
        catch
        {
            await circuit.DisposeAsync();
            throw;
        }
    }

    private Task InvokeAsync(string? invocationId, string target, params object?[] arguments) =>
        SendAsync(BlazorPack.Frame(1, BlazorPack.EmptyMap.Instance, invocationId, target, arguments));

    private async Task SendAsync(byte[] frame)
    {
        await sending.WaitAsync(stop.Token);
        try
        {
            await socket.SendAsync(frame, WebSocketMessageType.Binary, true, stop.Token);
        }
        finally
        {
            sending.Release();
        }
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        var filled = 0;
        var handshakeDone = false;
        var messages = new List<object?[]>();
        try
        {
            while (!stop.IsCancellationRequested)
            {
                if (filled == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }

                var result = await socket.ReceiveAsync(buffer.AsMemory(filled), stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    Fail($"the server closed the socket ({socket.CloseStatus} {socket.CloseStatusDescription})");
                    return;
                }

                var receivedAt = DateTimeOffset.UtcNow;
                filled += result.Count;
                var start = 0;
                if (!handshakeDone)
                {
                    var end = Array.IndexOf(buffer, (byte)0x1E, 0, filled);
                    if (end < 0)
                    {
                        continue;
                    }

                    var handshake = Encoding.UTF8.GetString(buffer, 0, end);
                    if (handshake.Contains("\"error\"", StringComparison.Ordinal))
                    {
                        Fail("handshake refused: " + handshake);
                        return;
                    }

                    handshakeDone = true;
                    start = end + 1;
                }

                messages.Clear();
                start += BlazorPack.ReadFrames(buffer.AsMemory(start, filled - start), messages);
                Buffer.BlockCopy(buffer, start, buffer, 0, filled - start);
                filled -= start;
                foreach (var message in messages)
                {
                    await HandleAsync(message, receivedAt);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Disposed.
        }
        catch (Exception ex) when (ex is WebSocketException or InvalidDataException or IOException)
        {
            Fail(ex.Message);
        }
    }

    private async Task HandleAsync(object?[] message, DateTimeOffset receivedAt)
    {
        switch (message[0])
        {
            case 1L when message[3] is string target && message[4] is object?[] arguments:
                await OnInvocationAsync(target, arguments, receivedAt);
                break;
            case 3L when message[2] as string == StartInvocation:
                // Completion: [3, headers, id, kind (1 error, 2 void, 3 result), error or result].
                if (message[3] is 3L && message.Length > 4 && message[4] is string id)
                {
                    started.TrySetResult(id);
                }
                else
                {
                    Fail("StartCircuit failed: " + (message.Length > 4 ? message[4] : "no circuit id"));
                }

                break;
            case 7L:
                Fail("the server closed the connection: " + (message.Length > 1 ? message[1] ?? "no error" : "no error"));
                break;
        }
    }

    private async Task OnInvocationAsync(string target, object?[] arguments, DateTimeOffset receivedAt)
    {
        switch (target)
        {
            case "JS.RenderBatch" when arguments is [long batchId, byte[] batch, ..]:
                RenderBatches++;
                BatchReceived?.Invoke(batch, receivedAt);
                await InvokeAsync(null, "OnRenderCompleted", batchId, null);
                firstRender.TrySetResult();
                break;
            case "JS.BeginInvokeJS" when arguments is [long taskId, ..]:
                JsCalls++;
                await InvokeAsync(null, "EndInvokeJSFromDotNet", taskId, true, $"[{taskId},true,null]");
                break;
            case "JS.Error":
                Fail("circuit error: " + (arguments.Length > 0 ? arguments[0] : "unknown"));
                break;
        }
    }

    private async Task PingAsync()
    {
        using var timer = new PeriodicTimer(PingInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stop.Token))
            {
                await SendAsync(BlazorPack.Frame(6));
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // Closed or disposed; the receive loop records why.
        }
    }

    private void Fail(string why)
    {
        Failure ??= why;
        started.TrySetException(new InvalidOperationException(why));
        firstRender.TrySetException(new InvalidOperationException(why));
    }

    /// <summary>Ends the circuit as a closing browser tab does: the disconnect beacon, then the socket.</summary>
    public async ValueTask DisposeAsync()
    {
        if (CircuitId is not null)
        {
            try
            {
                using var form = new FormUrlEncodedContent([new KeyValuePair<string, string>("circuitId", CircuitId)]);
                using var response = await http.PostAsync(new Uri(baseUri, "_blazor/disconnect"), form);
            }
            catch (HttpRequestException)
            {
                // The server is gone already.
            }
        }

        await stop.CancelAsync();
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
            }
        }
        catch (Exception ex) when (ex is WebSocketException or TimeoutException or ObjectDisposedException)
        {
            // Closing is best effort.
        }

        await Task.WhenAll(receiving, pinging);
        socket.Dispose();
        sending.Dispose();
        stop.Dispose();
    }
}
