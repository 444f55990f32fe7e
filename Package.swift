// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "plenum",
    // Built and tested on Linux; the system calls are imported from Darwin on macOS too, untried there.
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "plenum", targets: ["plenum"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.0"),
        // postgres-nio's own logging package, named here because PlenumPostgres gives it a logger.
        .package(url: "https://github.com/apple/swift-log", from: "1.5.3"),
    ],
    targets: [
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        // The seating search runs live in the console; optimised even in debug builds so that
        // `swift run plenum demo` re-seats a day in a fraction of a second, not several seconds.
        .target(name: "PlenumCore", dependencies: [.product(name: "TOMLKit", package: "TOMLKit")],
                swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
        // GRDBSQLite (SQLite's C interface, as GRDB imports it): the journal's rows are read straight off the statement.
        .target(name: "PlenumStore", dependencies: ["PlenumCore", .product(name: "GRDB", package: "GRDB.swift"),
                                                    .product(name: "GRDBSQLite", package: "GRDB.swift")]),
        // The journal on a PostgreSQL server: its own target, so only what serves a server links the client.
        .target(name: "PlenumPostgres", dependencies: ["PlenumCore", .product(name: "PostgresNIO", package: "postgres-nio"),
                                                  .product(name: "Logging", package: "swift-log")]),
        // Opens a session wherever it is kept (a file or a server); what every command uses.
        .target(name: "PlenumSession", dependencies: ["PlenumCore", "PlenumStore", "PlenumPostgres"]),
        .target(name: "PlenumUI", dependencies: ["PlenumCore"]),
        .target(name: "PlenumTerminal", dependencies: ["PlenumUI", "CNcursesw"]),
        .executableTarget(
            name: "plenum",
            dependencies: [
                "PlenumCore", "PlenumStore", "PlenumSession", "PlenumUI", "PlenumTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "plenum-bench",
            dependencies: ["PlenumCore", "PlenumStore", "PlenumSession", "PlenumUI", "SeatingInstances"],
            path: "benchmarks/Sources/plenum-bench"
        ),
        // The seating instances the benchmarks measure and the allocation tests check.
        .target(name: "SeatingInstances", dependencies: ["PlenumCore"], path: "benchmarks/Sources/SeatingInstances"),
        .testTarget(name: "PlenumCoreTests", dependencies: ["PlenumCore", "PlenumSession", "SeatingInstances",
                                                       .product(name: "TOMLKit", package: "TOMLKit")],
                    exclude: ["Agendas", "Exports"]),
        .testTarget(name: "PlenumStoreTests", dependencies: ["PlenumStore"]),
        .testTarget(name: "PlenumSessionTests", dependencies: ["PlenumCore", "PlenumStore", "PlenumPostgres", "PlenumSession"]),
        .testTarget(name: "PlenumUITests", dependencies: ["PlenumUI", "PlenumCore", "PlenumSession"], exclude: ["Snapshots"]),
        .testTarget(name: "EndToEndTests", dependencies: ["plenum", "PlenumStore", "PlenumCore"], exclude: ["Snapshots", "Support/tcp_proxy.py"]),
    ]
)
