using System.Reflection;
using HmiApp.Infrastructure.Diagnostics;
using HmiApp.Infrastructure.Modbus;
using HmiApp.Infrastructure.Persistence;
using HmiApp.Infrastructure.Simulation;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HmiApp.Tests.Diagnostics;

/// <summary>
/// Advisory only, proven on the wiring: from every type in a <c>*.Diagnostics*</c> namespace, follow what it
/// is given (constructor parameters, and [Inject] properties of pages) through the app's DI registrations,
/// and find nothing that can write to a device.
/// </summary>
public sealed class ServiceAdvisoryDependencyTests
{
    private static readonly Assembly[] AppAssemblies =
    [
        typeof(Domain.Diagnostics.DiagnosticEvaluator).Assembly,
        typeof(DiagnosisMonitor).Assembly,
        typeof(HmiApp.Diagnostics.DiagnosisEndpoints).Assembly,
    ];

    [Fact]
    public void No_diagnostics_type_reaches_a_device_write_through_its_dependencies()
    {
        var graph = new DependencyGraph(AppServices());
        var roots = AppAssemblies.SelectMany(a => a.GetTypes())
            .Where(t => t.Namespace?.Contains(".Diagnostics", StringComparison.Ordinal) == true)
            .ToList();

        Assert.Contains(typeof(DiagnosisMonitor), roots);
        Assert.Contains(typeof(HmiApp.Diagnostics.DiagnosticsPage), roots);
        // Endpoint handlers (and their lambdas) get services as method parameters, so a root's methods count too.
        var offenders = roots
            .SelectMany(root => MethodParameterTypes(root).Prepend(root).SelectMany(graph.Reachable).Where(CanWriteToDevice).Select(t => $"{root.Name} -> {t.FullName}"))
            .Distinct()
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void The_walk_does_find_a_device_writer_when_one_is_injected()
    {
        var services = AppServices();
        services.AddSingleton<Commander>();
        var graph = new DependencyGraph(services);

        var reachable = graph.Reachable(typeof(Advisor)).ToList();

        Assert.Contains(typeof(ModbusTcpClient), reachable);
        Assert.Contains(reachable, CanWriteToDevice);
    }

    private static IEnumerable<Type> MethodParameterTypes(Type type) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .SelectMany(m => m.GetParameters())
            .Select(p => p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType)
            .Where(t => !t.ContainsGenericParameters);

    private static ServiceCollection AppServices()
    {
        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddHmiPersistence(configuration, Path.GetTempPath());
        services.AddSimulatedPlant(configuration);
        services.AddWellDiagnostics(configuration);
        return services;
    }

    /// <summary>A type that can command a device: the Modbus client, the point writer, or any Modbus type with a public Write... method.</summary>
    private static bool CanWriteToDevice(Type type) =>
        type == typeof(ModbusTcpClient)
        || type == typeof(HmiApp.Infrastructure.Acquisition.Writing.PointWriter)
        || (type.Namespace == typeof(ModbusTcpClient).Namespace
            && type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static).Any(m => m.Name.StartsWith("Write", StringComparison.Ordinal)));

    private sealed class DependencyGraph(IServiceCollection services)
    {
        public IEnumerable<Type> Reachable(Type root)
        {
            var seen = new HashSet<Type>();
            var pending = new Stack<Type>([root]);
            while (pending.TryPop(out var type))
            {
                if (!seen.Add(type))
                {
                    continue;
                }

                foreach (var next in Implementations(type).SelectMany(Dependencies))
                {
                    pending.Push(next);
                }
            }

            return seen;
        }

        /// <summary>What the container would hand out for a type: registered implementations, or the type itself.</summary>
        private IEnumerable<Type> Implementations(Type type)
        {
            var registered = services.Where(d => d.ServiceType == type || (type.IsGenericType && d.ServiceType == type.GetGenericTypeDefinition())).ToList();
            var implementations = registered
                .Select(d => d.ImplementationType ?? d.ImplementationInstance?.GetType())
                .Where(t => t is not null && !t.ContainsGenericParameters)
                .Select(t => t!)
                .ToList();
            return [type, .. implementations];
        }

        private static IEnumerable<Type> Dependencies(Type type)
        {
            var parameters = type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                .SelectMany(c => c.GetParameters()).Select(p => p.ParameterType);
            var injected = typeof(ComponentBase).IsAssignableFrom(type)
                ? type.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).Where(p => p.IsDefined(typeof(InjectAttribute))).Select(p => p.PropertyType)
                : [];
            return parameters.Concat(injected).SelectMany(Unwrap).Where(t => t.Assembly.GetName().Name?.StartsWith("HmiApp", StringComparison.Ordinal) == true);
        }

        /// <summary>IOptions&lt;T&gt;, IEnumerable&lt;T&gt; and the like depend on their type arguments.</summary>
        private static IEnumerable<Type> Unwrap(Type type) => type.IsGenericType ? [type, .. type.GetGenericArguments().SelectMany(Unwrap)] : [type];
    }

    [Fact]
    public void The_walk_counts_the_point_writer_as_a_device_writer()
    {
        var graph = new DependencyGraph(AppServices());

        Assert.Contains(graph.Reachable(typeof(WellOperator)), CanWriteToDevice);
    }

    private sealed class WellOperator(HmiApp.Infrastructure.Acquisition.Writing.PointWriter writer)
    {
        public HmiApp.Infrastructure.Acquisition.Writing.PointWriter Writer => writer;
    }

    private sealed class Commander(ModbusTcpClient client)
    {
        public ModbusTcpClient Client => client;
    }

    private sealed class Advisor(Commander commander)
    {
        public Commander Commander => commander;
    }
}
