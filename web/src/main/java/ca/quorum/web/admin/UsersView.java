package ca.quorum.web.admin;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import ca.quorum.admin.application.UserAdministration;
import ca.quorum.admin.application.UserView;
import ca.quorum.admin.domain.NewUser;
import ca.quorum.admin.domain.Role;
import ca.quorum.shared.domain.RuleViolation;
import ca.quorum.web.i18n.Messages;

/** The administrator's user list, the form to create an account and the dialog to change its roles. */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    UserAdministration administration;

    @Inject
    Messages messages;

    private LazyDataModel<UserView> users;

    private String username;
    private String displayName;
    private String email;
    private String password;
    private List<Role> roles = new ArrayList<>();

    private UserView selected;
    private List<Role> selectedRoles = new ArrayList<>();

    @PostConstruct
    void init() {
        users = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) administration.countUsers();
            }

            @Override
            public List<UserView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                    Map<String, FilterMeta> filterBy) {
                return administration.users(first, pageSize);
            }

            @Override
            public String getRowKey(UserView user) {
                return Long.toString(user.id());
            }

            @Override
            public UserView getRowData(String rowKey) {
                return administration.user(Long.parseLong(rowKey));
            }
        };
    }

    public void create() {
        try {
            UserView created = administration.createUser(new NewUser(username, displayName, email, password,
                    roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles)));
            info(messages.get("users.created").formatted(created.username()));
            username = displayName = email = password = null;
            roles = new ArrayList<>();
        } catch (RuleViolation refused) {
            password = null;
            refused.reasons().forEach(r -> FacesContext.getCurrentInstance().addMessage("create",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, r, null)));
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void select(UserView user) {
        selected = user;
        selectedRoles = new ArrayList<>(user.roles());
    }

    public void saveRoles() {
        if (selected == null) {
            return;
        }
        try {
            UserView updated = administration.grantRoles(selected.id(),
                    selectedRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(selectedRoles));
            info(messages.get("users.rolesSaved").formatted(updated.username()));
            selected = null;
        } catch (RuleViolation refused) {
            refused.reasons().forEach(r -> FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, r, null)));
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public String roleLabel(Role role) {
        return messages.get("role." + role.roleName());
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public LazyDataModel<UserView> getUsers() {
        return users;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles;
    }

    public UserView getSelected() {
        return selected;
    }

    public List<Role> getSelectedRoles() {
        return selectedRoles;
    }

    public void setSelectedRoles(List<Role> selectedRoles) {
        this.selectedRoles = selectedRoles;
    }
}
