/// A thing drawn with the figure, in a lighter tone; placed from the body's position.
package enum Prop: String, Sendable, Hashable, CaseIterable {
    /// An exercise mat on the floor under the body.
    case mat
    /// A chair under the pelvis (side view: seat, legs and backrest).
    case chair
    /// A wall behind the figure's back.
    case wall
    /// A wall in front of the figure (hands or forearms against it).
    case wallAhead = "wall-ahead"
    /// A door frame, posts beside the forearms.
    case door = "door-frame"
    /// A step under the feet.
    case step
    /// An exercise ball under the resting part.
    case ball
    /// An elastic band from the near hand to the near foot.
    case band
}
