using Microsoft.AspNetCore.Components;

namespace HmiApp.Tests.TestSupport;

/// <summary>
/// A bunit context with the services a component test gives it: the component renders live (events,
/// re-renders, after-render hooks), and a JavaScript call nobody set up fails the test (bunit's strict mode).
/// </summary>
public sealed class ComponentRenderer : IAsyncDisposable
{
    private readonly BunitContext context = new();

    public ComponentRenderer(Action<IServiceCollection> configure)
    {
        context.Services.AddLogging();
        context.Services.AddSingleton(TimeProvider.System);
        configure(context.Services);
    }

    public BunitJSInterop JSInterop => context.JSInterop;

    public IRenderedComponent<TComponent> Render<TComponent>(IDictionary<string, object?>? parameters = null) where TComponent : IComponent =>
        context.Render<TComponent>(builder =>
        {
            foreach (var (name, value) in parameters ?? new Dictionary<string, object?>())
            {
                builder.TryAdd(name, value);
            }
        });

    /// <summary>
    /// The markup after the first render (work that completed synchronously included). A component that loads
    /// asynchronously is rendered with <see cref="Render{TComponent}"/> and waited for with bunit's WaitForAssertion.
    /// </summary>
    public Task<string> RenderAsync<TComponent>(IDictionary<string, object?>? parameters = null) where TComponent : IComponent =>
        Task.FromResult(Render<TComponent>(parameters).Markup);

    public ValueTask DisposeAsync() => context.DisposeAsync();
}
