"""The swimlane layout engine: an SOP -> pages of boxes, symbols and arrows, in points.

Plain Python, no Qt. The Qt scene and the reportlab PDF only paint its result
(ARCHITECTURE.md, "one layout, two painters").
"""
