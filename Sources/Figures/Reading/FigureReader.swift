import Routine

/// Reads a figure (a pose, or `start:`/`end:` poses and `moving:`) from YAML nodes, collecting a
/// diagnostic with its line for every problem: unknown keys, angles outside the human range, a
/// body part below the floor.
package struct FigureReader: Sendable {
    /// Every problem found so far, in file order.
    package private(set) var diagnostics: [Diagnostic] = []

    /// The keys of a pose.
    static let poseKeys = [
        "view", "trunk", "spine", "neck", "arms", "left-arm", "right-arm", "legs", "left-leg", "right-leg",
        "rests-on", "on", "props",
    ]
    /// The keys of a figure: a movement, or the keys of one pose.
    static let movementKeys = ["start", "end", "moving"]
    static let armKeys = ["shoulder", "elbow", "wrist"]
    static let legKeys = ["hip", "knee", "ankle", "flex", "turn"]

    /// Creates a reader with no problems found.
    package init() {}

    /// Reads a figure from `node`; `nil` when it has problems (then in `diagnostics`).
    package mutating func figure(_ node: SourceNode) -> Figure? {
        let before = diagnostics.count
        guard case .mapping(let pairs) = node.value else {
            expected("figure", "a pose (keys such as `trunk:` and `legs:`) or `start:` and `end:` poses", at: node)
            return nil
        }
        let isMovement = pairs.contains { $0.key.text == "start" || $0.key.text == "end" }
        var figure: Figure?
        if isMovement {
            let fields = self.fields(pairs, place: "a movement", allowed: Self.movementKeys)
            guard let startNode = fields["start"] else {
                report(FigureMessages.endWithoutStart, at: node)
                return nil
            }
            guard let endNode = fields["end"] else {
                report(FigureMessages.startWithoutEnd, at: node)
                return nil
            }
            let start = pose(startNode, base: Pose(), place: "the start pose")
            let end = pose(endNode, base: start, place: "the end pose")
            var moving: BodyPart?
            if let part = fields["moving"] { moving = choice(part, key: "moving", BodyPart.self) }
            figure = Figure(start: start, end: end, moving: moving)
            if diagnostics.count == before {
                check(start, at: startNode)
                check(end, at: endNode)
            }
        } else {
            let still = pose(node, base: Pose(), place: "a pose", extra: ["moving"])
            if let moving = node["moving"] { report(FigureMessages.movingWithoutMovement, at: moving) }
            figure = Figure(end: still)
            if diagnostics.count == before { check(still, at: node) }
        }
        // In file order, however the keys were visited.
        let found = diagnostics[before...].enumerated().sorted { a, b in
            let x = a.element.location
            let y = b.element.location
            if x?.line != y?.line { return (x?.line ?? 0) < (y?.line ?? 0) }
            if x?.column != y?.column { return (x?.column ?? 0) < (y?.column ?? 0) }
            return a.offset < b.offset
        }.map(\.element)
        diagnostics.replaceSubrange(before..., with: found)
        return diagnostics.count == before ? figure : nil
    }

    /// Reports a pose that puts the body below the floor.
    private mutating func check(_ pose: Pose, at node: SourceNode) {
        if let below = PlacedPose(pose).belowFloor {
            report(FigureMessages.belowFloor(depth: below.depth, part: below.joint.words), at: node)
        }
    }

    /// Reads the keys of one pose over `base`, so an end pose needs only what changes.
    mutating func pose(_ node: SourceNode, base: Pose, place: String, extra: [String] = []) -> Pose {
        guard case .mapping(let pairs) = node.value else {
            expected(place, "a mapping of angles such as `trunk: -90`", at: node)
            return base
        }
        let fields = self.fields(pairs, place: place, allowed: Self.poseKeys + extra)
        var pose = base
        if let view = fields["view"], let value = choice(view, key: "view", Pose.View.self) { pose.view = value }
        if let value = fields["trunk"].flatMap({ angle($0, key: "trunk", range: JointRange.trunk) }) {
            pose.trunk = value
        }
        if let value = fields["spine"].flatMap({ angle($0, key: "spine", range: JointRange.spine(pose.view)) }) {
            pose.spine = value
        }
        if let value = fields["neck"].flatMap({ angle($0, key: "neck", range: JointRange.neck(pose.view)) }) {
            pose.neck = value
        }
        if let arms = fields["arms"] {
            pose.leftArm = arm(arms, base: pose.leftArm, key: "arms", view: pose.view)
            pose.rightArm = arm(arms, base: pose.rightArm, key: "arms", view: pose.view, quiet: true)
        }
        if let node = fields["left-arm"] {
            pose.leftArm = arm(node, base: pose.leftArm, key: "left-arm", view: pose.view)
        }
        if let node = fields["right-arm"] {
            pose.rightArm = arm(node, base: pose.rightArm, key: "right-arm", view: pose.view)
        }
        if let legs = fields["legs"] {
            pose.leftLeg = leg(legs, base: pose.leftLeg, key: "legs", view: pose.view)
            pose.rightLeg = leg(legs, base: pose.rightLeg, key: "legs", view: pose.view, quiet: true)
        }
        if let node = fields["left-leg"] {
            pose.leftLeg = leg(node, base: pose.leftLeg, key: "left-leg", view: pose.view)
        }
        if let node = fields["right-leg"] {
            pose.rightLeg = leg(node, base: pose.rightLeg, key: "right-leg", view: pose.view)
        }
        if let node = fields["rests-on"] {
            let items: [SourceNode]
            if case .list(let list) = node.value { items = list } else { items = [node] }
            let parts = items.compactMap { choice($0, key: "rests-on", BodyPart.self) }
            if !parts.isEmpty { pose.restsOn = parts }
        }
        if let node = fields["on"], let support = choice(node, key: "on", Support.self) { pose.support = support }
        if let node = fields["props"] { pose.props = props(node) }
        return pose
    }

    /// The fields of a limb (`arms`, `left-leg`…) by key; `nil` when it is not a mapping
    /// (reported).
    private mutating func limbFields(_ node: SourceNode, key: String, angles: String, allowed: [String])
        -> [String: SourceNode]?
    {
        guard case .mapping(let pairs) = node.value else {
            expected(key, "a mapping of \(angles) angles", at: node)
            return nil
        }
        return fields(pairs, place: "`\(key)`", allowed: allowed)
    }

    private mutating func arm(_ node: SourceNode, base: Pose.Arm, key: String, view: Pose.View, quiet: Bool = false)
        -> Pose.Arm
    {
        let before = diagnostics
        defer { if quiet { diagnostics = before } }
        guard let fields = limbFields(node, key: key, angles: "`shoulder`, `elbow` and `wrist`", allowed: Self.armKeys)
        else { return base }
        var arm = base
        if let v = fields["shoulder"].flatMap({
            angle($0, key: "\(key) shoulder", range: JointRange.shoulder(view), why: "shoulder")
        }) {
            arm.shoulder = v
        }
        if let v = fields["elbow"].flatMap({ angle($0, key: "\(key) elbow", range: JointRange.elbow, why: "elbow") }) {
            arm.elbow = v
        }
        if let v = fields["wrist"].flatMap({ angle($0, key: "\(key) wrist", range: JointRange.wrist) }) {
            arm.wrist = v
        }
        return arm
    }

    private mutating func leg(_ node: SourceNode, base: Pose.Leg, key: String, view: Pose.View, quiet: Bool = false)
        -> Pose.Leg
    {
        let before = diagnostics
        defer { if quiet { diagnostics = before } }
        guard let fields = limbFields(node, key: key, angles: "`hip`, `knee` and `ankle`", allowed: Self.legKeys)
        else { return base }
        var leg = base
        if let v = fields["hip"].flatMap({ angle($0, key: "\(key) hip", range: JointRange.hip(view), why: "hip") }) {
            leg.hip = v
        }
        if let v = fields["knee"].flatMap({ angle($0, key: "\(key) knee", range: JointRange.knee, why: "knee") }) {
            leg.knee = v
        }
        if let v = fields["ankle"].flatMap({ angle($0, key: "\(key) ankle", range: JointRange.ankle) }) {
            leg.ankle = v
        }
        if let v = fields["flex"].flatMap({ angle($0, key: "\(key) flex", range: JointRange.flex) }) { leg.flex = v }
        if let v = fields["turn"].flatMap({ angle($0, key: "\(key) turn", range: JointRange.turn) }) { leg.turn = v }
        return leg
    }

    private mutating func props(_ node: SourceNode) -> [Prop] {
        let items: [SourceNode]
        switch node.value {
        case .list(let list): items = list
        case .scalar: items = [node]
        case .mapping:
            expected("props", "a list such as [mat, chair]", at: node)
            return []
        }
        return items.compactMap { choice($0, key: "each prop", Prop.self) }
    }

    // MARK: Values

    /// A number of degrees within `range`.
    mutating func angle(_ node: SourceNode, key: String, range: ClosedRange<Double>, why: String? = nil) -> Double? {
        guard case .scalar(let text, let plain) = node.value, plain, let value = Double(text), value.isFinite else {
            report(FigureMessages.angle(key, range: range, found: describe(node), why: nil), at: node)
            return nil
        }
        guard range.contains(value) else {
            report(
                FigureMessages.angle(key, range: range, found: describe(node), why: why.flatMap(JointRange.reason)),
                at: node)
            return nil
        }
        return value
    }

    /// One of an enumeration's names.
    mutating func choice<T: RawRepresentable & CaseIterable>(_ node: SourceNode, key: String, _ type: T.Type) -> T?
    where T.RawValue == String {
        let names = T.allCases.map(\.rawValue)
        if let text = node.text, let value = T(rawValue: text.lowercased()) { return value }
        let hint =
            node.text.flatMap { KeySuggestion.closest(to: $0, among: names, leastAllowed: 2) }.map {
                [Messages.didYouMean($0)]
            }
            ?? []
        report(Messages.oneOf(key, names, found: describe(node)), at: node, hints: hint)
        return nil
    }

    /// The fields of a mapping by key, reporting unknown keys with a suggestion.
    mutating func fields(_ pairs: [SourceNode.Pair], place: String, allowed: [String]) -> [String: SourceNode] {
        var fields: [String: SourceNode] = [:]
        for pair in pairs {
            guard let key = pair.key.text else {
                expected("a key", "text", at: pair.key)
                continue
            }
            if allowed.contains(key) {
                fields[key] = pair.value
            } else if let suggestion = KeySuggestion.closest(to: key, among: allowed, leastAllowed: 2) {
                report(
                    Messages.unknownKey(key, in: place, allowed: []), at: pair.key,
                    hints: [Messages.didYouMean(suggestion)])
            } else {
                report(Messages.unknownKey(key, in: place, allowed: allowed, kind: place), at: pair.key)
            }
        }
        return fields
    }

    /// What a node holds, in words every file kind uses (`FieldValues.described`).
    func describe(_ node: SourceNode) -> String {
        switch node.value {
        case .scalar(let text, let plain): FieldValues.described(text, plain: plain)
        case .list: "a list"
        case .mapping: "a mapping (keys with values)"
        }
    }

    /// Records that `key` must be `what` at `node`, with what was found there, in the words every
    /// file kind shares (`Messages.expected`).
    mutating func expected(_ key: String, _ what: String, at node: SourceNode) {
        report(Messages.expected(key, what, found: describe(node)), at: node)
    }

    /// Records a problem at `node`.
    mutating func report(_ message: String, at node: SourceNode, hints: [String] = []) {
        diagnostics.append(Diagnostic(.error, message, at: node.location, hints: hints))
    }
}
