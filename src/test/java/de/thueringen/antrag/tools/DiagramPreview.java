package de.thueringen.antrag.tools;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Draws a BPMN file's diagram (BPMNDI) as a PNG, roughly as the Modeler would, to check a generated layout where no
 * Modeler is at hand; shapes that overlap are drawn red. Command:
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=de.thueringen.antrag.tools.DiagramPreview -Dexec.args="target/preview processes/services/…/x.bpmn"
 * </pre>
 */
public final class DiagramPreview {

    private DiagramPreview() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        for (int i = 1; i < args.length; i++) {
            Path file = Path.of(args[i]);
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            Path png = out.resolve(file.getFileName().toString().replace(".bpmn", ".png"));
            List<String> overlaps = render(model, png.toFile());
            System.out.println(png + (overlaps.isEmpty() ? "" : "  Überlappungen: " + overlaps));
        }
    }

    /** Renders the diagram; returns the pairs of overlapping shapes (element ids). */
    static List<String> render(BpmnModelInstance model, File png) throws IOException {
        List<BpmnShape> shapes = new ArrayList<>(model.getModelElementsByType(BpmnShape.class));
        // sub-processes first, their content is drawn over them
        shapes.sort((a, b) -> Boolean.compare(!(a.getBpmnElement() instanceof SubProcess), !(b.getBpmnElement() instanceof SubProcess)));
        double maxX = 0;
        double maxY = 0;
        double minY = Double.MAX_VALUE;
        for (BpmnShape shape : shapes) {
            Bounds b = shape.getBounds();
            maxX = Math.max(maxX, b.getX() + b.getWidth());
            maxY = Math.max(maxY, b.getY() + b.getHeight());
            minY = Math.min(minY, b.getY());
        }
        int offsetY = (int) Math.max(0, 40 - minY);
        BufferedImage image = new BufferedImage((int) maxX + 80, (int) maxY + offsetY + 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.translate(0, offsetY);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));

        List<String> overlaps = overlaps(shapes);
        for (BpmnShape shape : shapes) {
            if (shape.getBpmnElement() instanceof SubProcess sub) {
                Bounds b = shape.getBounds();
                boolean overlapping = overlaps.stream().anyMatch(o -> o.contains(sub.getId()));
                g.setColor(new Color(248, 248, 248));
                g.fillRoundRect(b.getX().intValue(), b.getY().intValue(), b.getWidth().intValue(), b.getHeight().intValue(), 12, 12);
                g.setColor(overlapping ? Color.RED : Color.BLACK);
                g.setStroke(new BasicStroke(1.5f));
                g.drawRoundRect(b.getX().intValue(), b.getY().intValue(), b.getWidth().intValue(), b.getHeight().intValue(), 12, 12);
                if (sub.getName() != null) {
                    wrap(g, sub.getName(), b.getX() + 8, b.getY() + 6, b.getWidth() - 16, false);
                }
            }
        }
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            g.setColor(Color.DARK_GRAY);
            g.setStroke(new BasicStroke(1.5f));
            List<Waypoint> points = new ArrayList<>(edge.getWaypoints());
            Path2D path = new Path2D.Double();
            path.moveTo(points.get(0).getX(), points.get(0).getY());
            for (Waypoint p : points.subList(1, points.size())) {
                path.lineTo(p.getX(), p.getY());
            }
            g.draw(path);
            arrow(g, points.get(points.size() - 2), points.get(points.size() - 1));
            String name = ((FlowElement) edge.getBpmnElement()).getName();
            if (name != null && edge.getBpmnLabel() != null) {
                g.setColor(new Color(30, 90, 160));
                Bounds b = edge.getBpmnLabel().getBounds();
                wrap(g, name, b.getX(), b.getY(), b.getWidth(), false);
            }
        }
        for (BpmnShape shape : shapes) {
            BaseElement element = shape.getBpmnElement();
            Bounds b = shape.getBounds();
            int x = b.getX().intValue();
            int y = b.getY().intValue();
            int w = b.getWidth().intValue();
            int h = b.getHeight().intValue();
            boolean overlapping = overlaps.stream().anyMatch(o -> o.contains(element.getId()));
            Color line = overlapping ? Color.RED : Color.BLACK;
            String name = ((FlowElement) element).getName();
            if (element instanceof Event) {
                g.setColor(Color.WHITE);
                g.fillOval(x, y, w, h);
                g.setColor(line);
                g.setStroke(new BasicStroke(element instanceof EndEvent ? 4f : 1.5f));
                g.drawOval(x, y, w, h);
            } else if (element instanceof Gateway) {
                Path2D diamond = new Path2D.Double();
                diamond.moveTo(b.getX() + b.getWidth() / 2, b.getY());
                diamond.lineTo(b.getX() + b.getWidth(), b.getY() + b.getHeight() / 2);
                diamond.lineTo(b.getX() + b.getWidth() / 2, b.getY() + b.getHeight());
                diamond.lineTo(b.getX(), b.getY() + b.getHeight() / 2);
                diamond.closePath();
                g.setColor(Color.WHITE);
                g.fill(diamond);
                g.setColor(line);
                g.setStroke(new BasicStroke(1.5f));
                g.draw(diamond);
                g.drawString("X", (int) (b.getX() + b.getWidth() / 2 - 4), (int) (b.getY() + b.getHeight() / 2 + 4));
            } else if (element instanceof SubProcess) {
                continue;
            } else {
                g.setColor(element instanceof CallActivity ? new Color(235, 242, 255)
                        : element instanceof UserTask ? new Color(255, 250, 230)
                        : element instanceof BusinessRuleTask ? new Color(235, 255, 235) : Color.WHITE);
                g.fillRoundRect(x, y, w, h, 12, 12);
                g.setColor(line);
                g.setStroke(new BasicStroke(element instanceof CallActivity ? 3f : 1.5f));
                g.drawRoundRect(x, y, w, h, 12, 12);
                if (name != null) {
                    wrap(g, name, b.getX() + 6, b.getY() + b.getHeight() / 2 - 12, b.getWidth() - 12, true);
                }
            }
            if ((element instanceof Event || element instanceof Gateway) && name != null && shape.getBpmnLabel() != null) {
                Bounds label = shape.getBpmnLabel().getBounds();
                g.setColor(Color.BLACK);
                wrap(g, name, label.getX(), label.getY(), label.getWidth(), true);
            }
        }
        g.dispose();
        ImageIO.write(image, "png", png);
        return overlaps;
    }

    /**
     * Pairs of shapes whose boxes intersect, and of labels that cover a shape. An expanded sub-process contains its
     * own elements (they must lie inside it, not on its edge) and carries its boundary events on its edge.
     */
    static List<String> overlaps(List<BpmnShape> shapes) {
        List<String> result = new ArrayList<>();
        List<Rectangle2D> boxes = new ArrayList<>();
        for (BpmnShape shape : shapes) {
            Bounds b = shape.getBounds();
            boxes.add(new Rectangle2D.Double(b.getX(), b.getY(), b.getWidth(), b.getHeight()));
        }
        for (int i = 0; i < shapes.size(); i++) {
            for (int j = i + 1; j < shapes.size(); j++) {
                BaseElement a = shapes.get(i).getBpmnElement();
                BaseElement b = shapes.get(j).getBpmnElement();
                boolean intersect = boxes.get(i).intersects(boxes.get(j));
                if (contains(a, b) || contains(b, a)) {
                    Rectangle2D outer = contains(a, b) ? boxes.get(i) : boxes.get(j);
                    Rectangle2D inner = contains(a, b) ? boxes.get(j) : boxes.get(i);
                    if (!outer.contains(inner)) {
                        result.add(a.getId() + "/" + b.getId() + " (nicht innerhalb)");
                    }
                } else if (attached(a, b) || attached(b, a)) {
                    if (!intersect) {
                        result.add(a.getId() + "/" + b.getId() + " (nicht auf dem Rand)");
                    }
                } else if (intersect) {
                    result.add(a.getId() + "/" + b.getId());
                }
            }
            if (shapes.get(i).getBpmnLabel() != null) {
                Bounds l = shapes.get(i).getBpmnLabel().getBounds();
                Rectangle2D label = new Rectangle2D.Double(l.getX(), l.getY(), l.getWidth(), l.getHeight());
                for (int j = 0; j < shapes.size(); j++) {
                    BaseElement owner = shapes.get(i).getBpmnElement();
                    BaseElement other = shapes.get(j).getBpmnElement();
                    if (contains(other, owner) && boxes.get(j).contains(label)) {
                        continue;
                    }
                    if (boxes.get(j).intersects(label)) {
                        result.add("Beschriftung " + owner.getId() + "/" + other.getId());
                    }
                }
            }
        }
        return result;
    }

    /** Whether {@code inner} lies in the expanded sub-process {@code outer} (at any depth). */
    private static boolean contains(BaseElement outer, BaseElement inner) {
        if (!(outer instanceof SubProcess)) {
            return false;
        }
        for (ModelElementInstance parent = inner.getParentElement(); parent != null; parent = parent.getParentElement()) {
            if (parent == outer) {
                return true;
            }
        }
        return false;
    }

    private static boolean attached(BaseElement host, BaseElement event) {
        return event instanceof BoundaryEvent boundary && boundary.getAttachedTo() == host;
    }

    private static void arrow(Graphics2D g, Waypoint from, Waypoint to) {
        double angle = Math.atan2(to.getY() - from.getY(), to.getX() - from.getX());
        Path2D head = new Path2D.Double();
        head.moveTo(to.getX(), to.getY());
        head.lineTo(to.getX() - 9 * Math.cos(angle - 0.4), to.getY() - 9 * Math.sin(angle - 0.4));
        head.lineTo(to.getX() - 9 * Math.cos(angle + 0.4), to.getY() - 9 * Math.sin(angle + 0.4));
        head.closePath();
        g.fill(head);
    }

    private static void wrap(Graphics2D g, String text, double x, double y, double width, boolean centre) {
        FontMetrics metrics = g.getFontMetrics();
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (metrics.stringWidth(candidate) > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        double lineY = y + metrics.getAscent();
        for (String l : lines) {
            int w = metrics.stringWidth(l);
            g.drawString(l, (float) (centre ? x + (width - w) / 2 : x), (float) lineY);
            lineY += metrics.getHeight();
        }
    }
}
