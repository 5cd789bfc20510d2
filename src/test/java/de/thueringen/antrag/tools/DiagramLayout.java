package de.thueringen.antrag.tools;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;

/**
 * Replaces the fluent builder's automatic diagram (which stacks branches and draws loops across shapes) by a
 * grid: every element gets a column and a row, every sequence flow an orthogonal route. Rows: 0 is the main path
 * (application → notice), -1 above it the rejection, 1 below it the detours (request documents, payment), 2 the end
 * after an unpaid fee.
 * <p>
 * Routes: on the same row a straight line; from a gateway to another row out of its top or bottom, then along the
 * target's row into its left side (or straight into its top/bottom if it is in the same column); from a task to
 * another row out of its right side, then into the target's bottom or top; back to an earlier column (the
 * document-request loop) out of the left side and into the target's bottom.
 * <p>
 * An expanded sub-process is a box over a range of columns and rows ({@link #box}); flows enter and leave it on row 0,
 * as if it were a task there. A boundary event sits on the bottom edge of its box ({@link #boundary}). Rows above -1
 * (the rejection row above such a box) move the whole diagram down, so no coordinate is negative.
 */
final class DiagramLayout {

    static final int COLUMN_WIDTH = 150;
    static final int ROW_HEIGHT = 140;
    static final int ORIGIN_X = 180;
    static final int ORIGIN_Y = 260;

    private record Cell(int column, int row) {
    }

    private record Box(int fromColumn, int toColumn, int fromRow, int toRow) {
    }

    /** Margin of a sub-process box around the centres of its outer cells (horizontally, above, below). */
    static final int BOX_MARGIN_X = 75;
    static final int BOX_MARGIN_TOP = 55;
    static final int BOX_MARGIN_BOTTOM = 60;

    private final Map<String, Cell> cells = new LinkedHashMap<>();
    private final Map<String, Box> boxes = new LinkedHashMap<>();
    private final Map<String, Integer> boundaries = new LinkedHashMap<>();

    DiagramLayout place(String elementId, int column, int row) {
        cells.put(elementId, new Cell(column, row));
        return this;
    }

    /** An expanded sub-process covering the cells from (fromColumn, fromRow) to (toColumn, toRow). */
    DiagramLayout box(String elementId, int fromColumn, int toColumn, int fromRow, int toRow) {
        boxes.put(elementId, new Box(fromColumn, toColumn, fromRow, toRow));
        return this;
    }

    /** A boundary event on the bottom edge of its activity's box, in the given column. */
    DiagramLayout boundary(String elementId, int column) {
        boundaries.put(elementId, column);
        return this;
    }

    /** Applies the grid to the diagram the builder drew; fails if an element was not placed. */
    void apply(BpmnModelInstance model) {
        int topRow = cells.values().stream().mapToInt(Cell::row).min().orElse(0);
        double originY = ORIGIN_Y + Math.max(0, -1 - topRow) * ROW_HEIGHT;
        Map<String, double[]> bounds = new LinkedHashMap<>();
        // boxes first: boundary events are placed on them
        List<BpmnShape> shapes = new ArrayList<>(model.getModelElementsByType(BpmnShape.class));
        shapes.sort((a, b) -> Boolean.compare(!(a.getBpmnElement() instanceof SubProcess), !(b.getBpmnElement() instanceof SubProcess)));
        Map<String, double[]> anchors = new LinkedHashMap<>();
        for (BpmnShape shape : shapes) {
            BaseElement element = shape.getBpmnElement();
            double[] box;
            double cx;
            double cy;
            Box area = boxes.get(element.getId());
            Cell cell = cells.get(element.getId());
            Integer boundaryColumn = boundaries.get(element.getId());
            if (area != null) {
                double left = ORIGIN_X + area.fromColumn() * COLUMN_WIDTH - BOX_MARGIN_X;
                double right = ORIGIN_X + area.toColumn() * COLUMN_WIDTH + BOX_MARGIN_X;
                double top = originY + area.fromRow() * ROW_HEIGHT - BOX_MARGIN_TOP;
                double bottom = originY + area.toRow() * ROW_HEIGHT + BOX_MARGIN_BOTTOM;
                box = new double[] {left, top, right - left, bottom - top};
                cx = (left + right) / 2;
                cy = originY;
                // flows enter and leave the box on row 0, like a task there
                anchors.put(element.getId(), new double[] {left, originY - 40, right - left, 80});
                shape.setExpanded(true);
            } else if (boundaryColumn != null) {
                double[] host = bounds.get(((BoundaryEvent) element).getAttachedTo().getId());
                if (host == null) {
                    throw new IllegalStateException("Boundary event " + element.getId() + " needs its activity placed as a box");
                }
                cx = ORIGIN_X + boundaryColumn * COLUMN_WIDTH;
                cy = host[1] + host[3];
                box = new double[] {cx - 18, cy - 18, 36, 36};
            } else if (cell != null) {
                double[] size = size(element);
                cx = ORIGIN_X + cell.column() * COLUMN_WIDTH;
                cy = originY + cell.row() * ROW_HEIGHT;
                box = new double[] {cx - size[0] / 2, cy - size[1] / 2, size[0], size[1]};
            } else {
                throw new IllegalStateException("No place in the diagram for " + element.getId());
            }
            bounds.put(element.getId(), box);
            setBounds(shape.getBounds(), box);
            if (element instanceof Gateway) {
                shape.setMarkerVisible(true);
            }
            removeLabel(shape);
            String name = ((FlowNode) element).getName();
            if (name != null && !name.isBlank() && (element instanceof Event || element instanceof Gateway)) {
                BpmnLabel label = model.newInstance(BpmnLabel.class);
                Bounds labelBounds = model.newInstance(Bounds.class);
                if (element instanceof BoundaryEvent) {
                    // below the box, right of the outgoing flow
                    setBounds(labelBounds, new double[] {cx + 8, box[1] + box[3] + 4, 90, 27});
                } else if (element instanceof Event) {
                    // below the event, centred
                    setBounds(labelBounds, new double[] {cx - 50, box[1] + box[3] + 6, 100, 27});
                } else {
                    // above the gateway, left of its top corner (flows leave gateways at the top and bottom), clear of
                    // the shape in the column before
                    setBounds(labelBounds, new double[] {cx - 96, box[1] - 34, 88, 27});
                }
                label.setBounds(labelBounds);
                shape.addChildElement(label);
            }
        }
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            SequenceFlow flow = (SequenceFlow) edge.getBpmnElement();
            double[] source = anchors.getOrDefault(flow.getSource().getId(), bounds.get(flow.getSource().getId()));
            double[] target = anchors.getOrDefault(flow.getTarget().getId(), bounds.get(flow.getTarget().getId()));
            // out of a boundary event downwards, like out of a gateway
            boolean fromGateway = flow.getSource() instanceof Gateway || flow.getSource() instanceof BoundaryEvent;
            List<double[]> points = route(source, target, fromGateway);
            for (Waypoint old : new ArrayList<>(edge.getWaypoints())) {
                edge.removeChildElement(old);
            }
            BpmnLabel oldLabel = edge.getBpmnLabel();
            if (oldLabel != null) {
                edge.removeChildElement(oldLabel);
            }
            for (double[] point : points) {
                Waypoint waypoint = model.newInstance(Waypoint.class);
                waypoint.setX(point[0]);
                waypoint.setY(point[1]);
                edge.addChildElement(waypoint);
            }
            if (flow.getName() != null && !flow.getName().isBlank()) {
                BpmnLabel label = model.newInstance(BpmnLabel.class);
                Bounds labelBounds = model.newInstance(Bounds.class);
                setBounds(labelBounds, edgeLabel(points, flow.getName(), fromGateway));
                label.setBounds(labelBounds);
                edge.addChildElement(label);
            }
        }
    }

    /** Orthogonal route from source to target box ({x, y, w, h}). */
    static List<double[]> route(double[] s, double[] t, boolean fromGateway) {
        double scx = s[0] + s[2] / 2;
        double scy = s[1] + s[3] / 2;
        double tcx = t[0] + t[2] / 2;
        double tcy = t[1] + t[3] / 2;
        List<double[]> points = new ArrayList<>();
        if (Math.abs(scy - tcy) < 1) {
            if (tcx > scx) {
                points.add(new double[] {s[0] + s[2], scy});
                points.add(new double[] {t[0], tcy});
            } else {
                // backwards on the same row: below both shapes
                double below = Math.max(s[1] + s[3], t[1] + t[3]) + 30;
                points.add(new double[] {scx, s[1] + s[3]});
                points.add(new double[] {scx, below});
                points.add(new double[] {tcx, below});
                points.add(new double[] {tcx, t[1] + t[3]});
            }
            return points;
        }
        boolean down = tcy > scy;
        if (Math.abs(scx - tcx) < 1) {
            points.add(new double[] {scx, down ? s[1] + s[3] : s[1]});
            points.add(new double[] {tcx, down ? t[1] : t[1] + t[3]});
            return points;
        }
        if (tcx < scx) {
            // back to an earlier column (loop): out of the left side, into the target's bottom or top
            points.add(new double[] {s[0], scy});
            points.add(new double[] {tcx, scy});
            points.add(new double[] {tcx, down ? t[1] : t[1] + t[3]});
            return points;
        }
        if (fromGateway) {
            points.add(new double[] {scx, down ? s[1] + s[3] : s[1]});
            points.add(new double[] {scx, tcy});
            points.add(new double[] {t[0], tcy});
        } else {
            points.add(new double[] {s[0] + s[2], scy});
            points.add(new double[] {tcx, scy});
            points.add(new double[] {tcx, down ? t[1] : t[1] + t[3]});
        }
        return points;
    }

    private static double[] edgeLabel(List<double[]> points, String name, boolean fromGateway) {
        double width = Math.max(24, Math.min(90, name.length() * 6.5));
        double height = name.length() * 6.5 > 90 ? 27 : 14;
        double[] first = points.get(0);
        double[] second = points.get(1);
        if (Math.abs(first[1] - second[1]) < 1) {
            // horizontal start: above the line, just after the source
            return new double[] {first[0] + 8, first[1] - height - 4, width, height};
        }
        boolean down = second[1] > first[1];
        if (!down && fromGateway && points.size() > 2) {
            // up out of a gateway: right of the line just below the corner, away from the next gateway's label
            return new double[] {first[0] + 6, second[1] + 6, width, height};
        }
        // vertical start: right of the line
        return new double[] {first[0] + 6, down ? first[1] + 6 : first[1] - height - 6, width, height};
    }

    private static double[] size(BaseElement element) {
        if (element instanceof Event) {
            return new double[] {36, 36};
        }
        if (element instanceof Gateway) {
            return new double[] {50, 50};
        }
        return new double[] {100, 80};
    }

    private static void setBounds(Bounds bounds, double[] box) {
        bounds.setX(box[0]);
        bounds.setY(box[1]);
        bounds.setWidth(box[2]);
        bounds.setHeight(box[3]);
    }

    private static void removeLabel(BpmnShape shape) {
        BpmnLabel label = shape.getBpmnLabel();
        if (label != null) {
            shape.removeChildElement(label);
        }
    }
}
